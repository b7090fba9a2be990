package dev.apprentice.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.agent.Agent;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import dev.apprentice.testsupport.ExternalTools;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Uses the /chat page in headless Chromium (src/test/js/chat-browser.mjs): a message and its
 * reply, a button, a reload that keeps the conversation, a mode change and a thumbs down. The
 * screenshot is saved as target/screenshots/chat-page.png.
 */
@QuarkusTest
class ChatPageBrowserTest {

    private static final Path SCREENSHOT = Path.of("target/screenshots/chat-page.png");

    @TestHTTPResource("/")
    URL base;

    @Inject
    Agent agent;

    @Test
    void chat_page_works_in_chromium() throws Exception {
        Path scripts = ExternalTools.requireNodePackages();
        ExternalTools.requireChromium();
        Files.createDirectories(SCREENSHOT.getParent());
        Files.deleteIfExists(SCREENSHOT);
        String url = base.toString().replaceAll("/$", "");

        String output = ExternalTools.run(Duration.ofMinutes(3), scripts, "node",
                "chat-browser.mjs", url, SCREENSHOT.toAbsolutePath().toString());

        String[] lines = output.strip().split("\n");
        JsonNode result = Json.MAPPER.readTree(lines[lines.length - 1]);
        String sessionId = result.path("sessionId").asText();
        assertThat(sessionId).matches("[0-9a-f]{32}");
        assertThat(result.path("sessionIdAfterReload").asText()).isEqualTo(sessionId);
        assertThat(result.path("firstReply").asText()).isNotBlank();
        assertThat(result.path("buttonTitles").toString()).contains("Fix my VPN");
        assertThat(result.path("afterClickCount").asInt()).isEqualTo(3);
        assertThat(result.path("restoredCount").asInt()).isEqualTo(3);
        assertThat(result.path("afterReloadCount").asInt()).isEqualTo(4);
        assertThat(result.path("thumbsDownPressed").asText()).isEqualTo("true");
        assertThat(result.path("status").asText()).contains("did not help");
        assertThat(result.path("learnedEmptyVisible").asBoolean()).isTrue();
        assertThat(result.path("externalRequests")).isEmpty();
        assertThat(result.path("apiRequests")).isEmpty();
        assertThat(Files.size(SCREENSHOT)).isPositive();
        checkTracker(sessionId, result.path("lastReply").asText());
    }

    private void checkTracker(String sessionId, String lastReply) {
        List<Event> events = agent.processor().tracker(sessionId).events();
        List<Event> users = events.stream().filter(e -> e.is("user")).toList();
        assertThat(users).extracting(Event::text)
                .containsExactly("hello", "/help", "/vpn_problem", "thanks");
        assertThat(users.get(0).metadata().path("mode").asText()).isEqualTo("teacher");
        assertThat(users.get(3).metadata().path("mode").asText()).isEqualTo("partner");
        List<Event> feedback = events.stream().filter(e -> e.is("apprentice_feedback")).toList();
        assertThat(feedback).hasSize(1);
        assertThat(feedback.get(0).get("value").asText()).isEqualTo("down");
        double rated = feedback.get(0).get("message_timestamp").asDouble();
        Event ratedBot = events.stream().filter(e -> e.is("bot") && e.timestamp() == rated)
                .findFirst().orElseThrow();
        assertThat(ratedBot.text()).isEqualTo(lastReply);
    }
}
