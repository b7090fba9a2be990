package dev.apprentice.clarify;

import static dev.apprentice.clarify.RestConversation.payload;
import static dev.apprentice.clarify.RestConversation.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A taught term with two senses, in each mode, through the REST channel of the default bot.
 * "Corvane" is imported, approved, as both the payroll and the expense claims application.
 * "Corvane is down" leans to neither sense, which blocks the request, so every mode asks; "I
 * need access to Corvane" leans a little to one sense, so an assistant assumes that one.
 */
@QuarkusTest
class AmbiguousTermConversationTest {

    private static final String DOWN = "Corvane is down";
    private static final String ACCESS = "I need access to Corvane";
    private static final String PAYROLL = "the payroll application";
    private static final String EXPENSES = "the expense claims application";

    @BeforeEach
    void teach_two_senses() {
        // Importing the same document again adds nothing, so every test may import it.
        RestConversation.importKnowledge("""
                {"format": "apprentice-knowledge", "version": 1, "terms": [
                  {"name": "Corvane", "senses": [
                    {"gloss": "%s"}, {"gloss": "%s"}]}]}
                """.formatted(PAYROLL, EXPENSES));
    }

    @Test
    void teacher_teaches_a_third_sense_and_skips_the_example() {
        RestConversation chat = new RestConversation("sense-neither", "teacher");

        JsonNode asked = chat.say(DOWN);
        JsonNode question = chat.last("apprentice_question");
        JsonNode taught = chat.say("neither, it is the travel booking tool");
        JsonNode definitionAnswer = chat.last("apprentice_answer");
        chat.say("skip");

        assertThat(question.path("kind").asText()).isEqualTo("ambiguous_term");
        assertThat(question.path("span").path("text").asText()).isEqualTo("Corvane");
        assertThat(chat.optionLabels()).isNotEmpty();
        assertThat(texts(asked).get(0)).startsWith("\"Corvane\" can mean different things here: ");
        assertThat(definitionAnswer.path("outcome").asText()).isEqualTo("taught");
        assertThat(definitionAnswer.path("value").asText()).isEqualTo("the travel booking tool");
        assertThat(texts(taught).get(0)).contains("example sentence");
        assertThat(chat.last("apprentice_answer").path("outcome").asText()).isEqualTo("skipped");
        assertThat(chat.resumed().path("text").asText()).isEqualTo(DOWN);
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_outage_noted");
    }

    @Test
    void partner_button_chooses_a_sense() {
        RestConversation chat = new RestConversation("sense-button", "partner");

        JsonNode asked = chat.say(DOWN);
        JsonNode question = chat.last("apprentice_question");
        chat.say(payload(asked, EXPENSES));
        JsonNode learned = chat.last("apprentice_learned");

        assertThat(question.path("kind").asText()).isEqualTo("ambiguous_term");
        assertThat(chat.optionLabels()).containsExactlyInAnyOrder(PAYROLL, EXPENSES);
        assertThat(texts(asked).get(0)).startsWith("I think \"Corvane\" means ");
        assertThat(chat.last("apprentice_answer").path("outcome").asText()).isEqualTo("chosen");
        assertThat(learned.path("item").asText()).isEqualTo("sense_choice");
        assertThat(chat.resumed().path("text").asText()).isEqualTo(DOWN);
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_outage_noted");
    }

    @Test
    void assistant_asks_when_blocked_and_ordinal_picks() {
        RestConversation chat = new RestConversation("sense-ordinal", "assistant");

        JsonNode asked = chat.say(DOWN);
        String second = chat.last("apprentice_question").path("options").get(1)
                .path("value").asText();
        chat.say("the second one");

        assertThat(texts(asked).get(0)).startsWith("Which \"Corvane\" do you mean: ");
        assertThat(chat.last("apprentice_answer").path("value").asText()).isEqualTo(second);
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_outage_noted");
    }

    @Test
    void partner_never_mind_drops_the_question() {
        RestConversation chat = new RestConversation("sense-skip", "partner");
        chat.say(ACCESS);

        chat.say("never mind");

        assertThat(chat.last("apprentice_question").path("kind").asText())
                .isEqualTo("ambiguous_term");
        assertThat(chat.last("apprentice_answer").path("outcome").asText()).isEqualTo("skipped");
        assertThat(chat.events("apprentice_learned")).isEmpty();
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_software_request");
    }

    @Test
    void assistant_states_the_sense_it_assumed() {
        RestConversation chat = new RestConversation("sense-assume", "assistant");

        JsonNode replies = chat.say(ACCESS);

        assertThat(chat.events("apprentice_question")).isEmpty();
        assertThat(texts(replies).get(0)).startsWith("(I'm assuming \"Corvane\" means the ")
                .endsWith(" application.)");
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_software_request");
    }
}
