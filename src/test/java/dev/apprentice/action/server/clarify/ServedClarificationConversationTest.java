package dev.apprentice.action.server.clarify;

import static dev.apprentice.action.server.clarify.RasaConversation.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.action.server.ActionHttpServer;
import dev.apprentice.knowledge.KnowledgeService;
import dev.apprentice.knowledge.ReviewFilter;
import dev.apprentice.knowledge.ReviewState;
import dev.apprentice.knowledge.SenseEntry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Rasa bot that uses Apprentice's served actions, with a tracker kept as Rasa keeps it and
 * every call made over HTTP. "Zorvex" and the other made-up names are in no word list and in
 * none of the loaded bot's examples, so each is an unknown term until the user teaches it.
 * Every test uses its own name, because the tests share one knowledge memory.
 */
@QuarkusTest
class ServedClarificationConversationTest {

    private static final String OUTAGE = "the Zorvex relay is failing for everyone";
    private static final String DEFINITION = "Zorvex is our message bus for the tills";

    @Inject
    ActionHttpServer server;

    @Inject
    KnowledgeService knowledge;

    @Test
    void teacher_teaches_unknown_term_through_rasa() {
        RasaConversation chat = new RasaConversation(server.port(), "served-teacher");

        JsonNode mode = chat.user("/mode teacher", "set_mode").run("action_set_mode");
        JsonNode asked = chat.user(OUTAGE, "report_outage").run("action_clarify");
        String questionId = chat.tracker().path("slots").path("apprentice_question").asText();
        JsonNode defined = chat.user(DEFINITION, "thank").run("action_learn_from_answer");
        String followUpId = chat.tracker().path("slots").path("apprentice_question").asText();
        JsonNode example = chat.user("the Zorvex relay dropped the morning orders", "thank")
                .run("action_learn_from_answer");

        assertThat(mode.path("events").get(0).path("value").asText()).isEqualTo("teacher");
        assertThat(texts(asked)).hasSize(1);
        assertThat(texts(asked).get(0)).contains("Zorvex");
        assertThat(asked.path("responses").get(0).path("buttons").findValuesAsText("payload"))
                .allMatch(payload -> payload.startsWith("/apprentice_answer{"));
        assertThat(questionId).isNotBlank();
        assertThat(texts(defined).get(0)).contains("example");
        assertThat(followUpId).isNotBlank().isNotEqualTo(questionId);
        assertThat(texts(example).get(0)).contains("our message bus for the tills");
        assertThat(chat.tracker().path("slots").path("apprentice_question").isNull()).isTrue();
    }

    @Test
    void taught_term_is_no_longer_unknown() {
        RasaConversation chat = new RasaConversation(server.port(), "served-partner");
        chat.user("/mode partner", "set_mode").run("action_set_mode");
        chat.user(OUTAGE.replace("Zorvex", "Qintrex"), "report_outage").run("action_clarify");
        chat.user("Qintrex is our message bus for the tills", "thank")
                .run("action_learn_from_answer");

        JsonNode explained = chat.user("what is Qintrex?", "ask_term")
                .run("action_explain_term");
        JsonNode again = chat.user("the Qintrex relay is failing again", "report_outage")
                .run("action_clarify");

        assertThat(texts(explained)).hasSize(1);
        assertThat(texts(explained).get(0)).contains("our message bus for the tills")
                .contains("taught by " + chat.sender()).contains("not reviewed yet");
        assertThat(texts(again)).isEmpty();
        assertThat(again.path("events").get(0).path("value").isNull()).isTrue();
    }

    @Test
    void untrusted_teaching_waits_for_review() {
        RasaConversation chat = new RasaConversation(server.port(), "served-review");
        chat.user("/mode partner", "set_mode").run("action_set_mode");
        chat.user(OUTAGE.replace("Zorvex", "Plavix"), "report_outage").run("action_clarify");

        chat.user(DEFINITION.replace("Zorvex", "Plavix"), "thank")
                .run("action_learn_from_answer");

        List<SenseEntry> taught = knowledge.listSenses(new ReviewFilter(null, chat.sender()));
        assertThat(taught).hasSize(1);
        assertThat(taught.get(0).term()).containsIgnoringCase("Plavix");
        assertThat(taught.get(0).sense().review()).isEqualTo(ReviewState.PENDING);
        assertThat(taught.get(0).sense().provenance().conversationId())
                .isEqualTo(chat.sender());
        RasaConversation stranger = new RasaConversation(server.port(), "served-stranger");
        JsonNode unknown = stranger.user("what is the Plavix relay?", "ask_term")
                .run("action_explain_term");
        assertThat(texts(unknown).get(0)).contains("haven't been taught");
    }

    @Test
    void skip_button_stores_nothing() {
        RasaConversation chat = new RasaConversation(server.port(), "served-skip");
        chat.user("/mode teacher", "set_mode").run("action_set_mode");
        JsonNode asked = chat.user(OUTAGE.replace("Zorvex", "Drunvel"), "report_outage")
                .run("action_clarify");
        List<String> payloads = asked.path("responses").get(0).path("buttons")
                .findValuesAsText("payload");

        JsonNode skipped = chat.user(payloads.get(payloads.size() - 1), "apprentice_answer")
                .run("action_learn_from_answer");

        assertThat(payloads.get(payloads.size() - 1)).contains("skip");
        assertThat(skipped.path("events").get(0).path("value").isNull()).isTrue();
        assertThat(knowledge.listSenses(new ReviewFilter(null, chat.sender()))).isEmpty();
    }

    @Test
    void readme_request_asks_about_term() {
        String body = """
                {"next_action": "action_clarify", "sender_id": "u-1029", "version": "3.6.21",
                 "tracker": {"sender_id": "u-1029", "slots": {"mode": "teacher"},
                   "latest_message": {"text": "the Zorvex relay is failing for everyone",
                     "intent": {"name": "report_outage", "confidence": 0.93},
                     "intent_ranking": [{"name": "report_outage", "confidence": 0.93},
                                        {"name": "thank", "confidence": 0.07}],
                     "entities": []},
                   "events": [
                     {"event": "slot", "timestamp": 1714031230.1, "name": "mode",
                      "value": "teacher"},
                     {"event": "user", "timestamp": 1714031231.2, "metadata": {},
                      "text": "the Zorvex relay is failing for everyone",
                      "input_channel": "rest"}]},
                 "domain": {"intents": ["apprentice_answer", "report_outage", "thank"],
                   "slots": {"mode": {"type": "categorical"},
                             "apprentice_question": {"type": "text"}}}}
                """;

        JsonNode reply = RasaConversation.read(
                new RasaConversation(server.port(), "readme").post(body).body());

        assertThat(reply.path("events").get(0).path("name").asText())
                .isEqualTo("apprentice_question");
        assertThat(reply.path("events").get(0).path("value").asText()).isNotBlank();
        assertThat(texts(reply)).hasSize(1);
        assertThat(texts(reply).get(0)).startsWith("I haven't met \"Zorvex\" before.");
        assertThat(reply.path("responses").get(0).path("buttons").get(0).path("payload")
                .asText()).isEqualTo("/apprentice_answer{\"option\":\"skip\"}");
    }
}
