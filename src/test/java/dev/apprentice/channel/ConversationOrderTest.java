package dev.apprentice.channel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.agent.Agent;
import dev.apprentice.event.Event;
import dev.apprentice.tracker.DialogueStateTracker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConversationOrderTest {

    @Inject
    Agent agent;

    @Test
    void parallel_messages_of_one_sender_run_one_at_a_time() throws Exception {
        // given
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> statuses = new ArrayList<>();

        // when
        for (int n = 1; n <= 20; n++) {
            String body = "{\"sender\": \"c-race\", \"message\": \"msg " + n + "\"}";
            statuses.add(pool.submit(() -> post(body)));
            String other = "{\"sender\": \"c-other-" + n + "\", \"message\": \"hello\"}";
            statuses.add(pool.submit(() -> post(other)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();

        // then
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(200);
        }
        DialogueStateTracker tracker = agent.processor().tracker("c-race");
        List<Event> events = tracker.events();
        // A message that answers a clarifying question is followed by the request it was
        // about, logged again as a user event marked apprentice_resumed.
        assertThat(events.stream().filter(e -> e.is("user")
                && !e.get("metadata").has("apprentice_resumed")).count()).isEqualTo(20);
        assertEachUserTurnEndsBeforeTheNextBegins(events);
    }

    private static void assertEachUserTurnEndsBeforeTheNextBegins(List<Event> events) {
        boolean inTurn = false;
        for (Event event : events) {
            if (event.is("user")) {
                assertThat(inTurn).as("a user message arrived inside another turn").isFalse();
                inTurn = true;
            } else if (event.is("action") && "action_listen".equals(event.name())) {
                inTurn = false;
            }
        }
        assertThat(inTurn).as("the last turn ended with action_listen").isFalse();
    }

    private static int post(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/webhooks/rest/webhook").statusCode();
    }
}
