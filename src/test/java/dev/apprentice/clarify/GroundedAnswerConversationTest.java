package dev.apprentice.clarify;

import static dev.apprentice.clarify.RestConversation.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.knowledge.KnowledgeService;
import dev.apprentice.knowledge.Provenance;
import dev.apprentice.knowledge.Sense;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Messages NLU cannot place, in partner mode, through the REST channel: when the memory holds
 * something about them the bot answers from it instead of asking which intent was meant.
 */
@QuarkusTest
class GroundedAnswerConversationTest {

    private static final String QUESTION = "zorblat zorblat?";

    @Inject
    KnowledgeService knowledge;

    @Test
    void taught_sense_answers_instead_of_an_intent_question() {
        RestConversation chat = new RestConversation("grounded", "partner");
        Sense sense = knowledge.teachSense("Zorblat", "the nightly billing export job",
                List.of(), new Provenance(chat.sender(), chat.sender(), 0, "teacher",
                        Instant.now()));

        JsonNode replies = chat.say(QUESTION);

        assertThat(texts(replies)).last().asString()
                .startsWith("From what I have been taught:")
                .contains("the nightly billing export job (sense " + sense.id() + ")");
        assertThat(chat.actionsAfterLastUserMessage()).contains("action_default_fallback")
                .doesNotContain("action_clarify");
    }

    @Test
    void empty_memory_still_asks_which_intent() {
        RestConversation chat = new RestConversation("ungrounded", "partner");

        chat.say("hello");
        chat.say(QUESTION);
        JsonNode question = chat.last("apprentice_question");

        assertThat(chat.actionsAfterLastUserMessage()).contains("action_clarify");
        assertThat(question.path("kind").asText()).isIn("uncertain_intent", "unknown_term");
    }
}
