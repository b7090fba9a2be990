package dev.apprentice.clarify;

import static dev.apprentice.clarify.RestConversation.payload;
import static dev.apprentice.clarify.RestConversation.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Pronouns with several candidates or none, in each mode, through the REST channel of the
 * default bot. "zoom and slack, please install it" names two equally recent candidates, which
 * blocks the request, so every mode asks. In "the printer and the scanner ..., please restart
 * it" the printer, first in its sentence, is the favourite, so an assistant assumes it. A
 * pronoun with no candidate does not block, so an assistant acts on it without asking.
 */
@QuarkusTest
class AmbiguousReferenceConversationTest {

    private static final String SOFTWARE = "I need zoom and slack, please install it";
    private static final String DEVICES =
            "the printer and the scanner stopped working, please restart it";
    private static final String NO_CANDIDATE = "it is down for everyone";

    @Test
    void teacher_ordinal_rewrites_the_request() {
        RestConversation chat = new RestConversation("reference-ordinal", "teacher");

        JsonNode asked = chat.say(SOFTWARE);
        JsonNode question = chat.last("apprentice_question");
        String second = chat.optionLabels().get(1);
        chat.say("the second one");

        assertThat(question.path("kind").asText()).isEqualTo("ambiguous_reference");
        assertThat(question.path("span").path("text").asText()).isEqualTo("it");
        assertThat(chat.optionLabels()).containsExactlyInAnyOrder("zoom", "slack");
        assertThat(texts(asked).get(0)).startsWith("When you say \"it\", which do you mean: ");
        assertThat(chat.last("apprentice_answer").path("value").asText()).isEqualTo(second);
        assertThat(chat.resumed().path("text").asText())
                .isEqualTo("I need zoom and slack, please install " + second);
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_software_request");
    }

    @Test
    void partner_button_rewrites_the_request() {
        RestConversation chat = new RestConversation("reference-button", "partner");

        JsonNode asked = chat.say(SOFTWARE);
        chat.say(payload(asked, "slack"));

        assertThat(texts(asked).get(0)).startsWith("By \"it\" do you mean ");
        assertThat(chat.last("apprentice_answer").path("outcome").asText()).isEqualTo("chosen");
        assertThat(chat.resumed().path("text").asText())
                .isEqualTo("I need zoom and slack, please install slack");
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_software_request");
    }

    @Test
    void assistant_asks_when_blocked_and_takes_free_text() {
        RestConversation chat = new RestConversation("reference-words", "assistant");

        JsonNode asked = chat.say(SOFTWARE);
        chat.say("Microsoft Teams");

        assertThat(texts(asked).get(0)).startsWith("Which one do you mean by \"it\": ");
        assertThat(chat.last("apprentice_answer").path("value").asText())
                .isEqualTo("Microsoft Teams");
        assertThat(chat.resumed().path("text").asText())
                .isEqualTo("I need zoom and slack, please install Microsoft Teams");
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_software_request");
    }

    @Test
    void assistant_skip_keeps_the_request() {
        RestConversation chat = new RestConversation("reference-skip", "assistant");
        chat.say(SOFTWARE);

        chat.say("skip");

        assertThat(chat.last("apprentice_answer").path("outcome").asText()).isEqualTo("skipped");
        assertThat(chat.resumed().path("text").asText()).isEqualTo(SOFTWARE);
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_software_request");
    }

    @Test
    void partner_asks_about_the_favourite_first() {
        RestConversation chat = new RestConversation("reference-favourite", "partner");

        JsonNode asked = chat.say(DEVICES);

        assertThat(chat.optionLabels()).containsExactly("printer", "scanner");
        assertThat(texts(asked).get(0))
                .isEqualTo("By \"it\" do you mean printer? If not, pick the right one.");
    }

    @Test
    void assistant_states_the_referent_it_assumed() {
        RestConversation chat = new RestConversation("reference-assume", "assistant");

        JsonNode replies = chat.say(DEVICES);

        assertThat(chat.events("apprentice_question")).isEmpty();
        assertThat(texts(replies).get(0)).isEqualTo("(I'm assuming \"it\" means printer.)");
        assertThat(texts(replies)).hasSizeGreaterThan(1);
    }

    @Test
    void teacher_names_a_referent_that_was_not_mentioned() {
        RestConversation chat = new RestConversation("reference-none", "teacher");

        JsonNode asked = chat.say(NO_CANDIDATE);
        JsonNode question = chat.last("apprentice_question");
        chat.say("the payroll portal");

        assertThat(question.path("options")).isEmpty();
        assertThat(texts(asked).get(0)).isEqualTo(
                "When you say \"it\", what do you mean? Tell me its name, or say \"skip\".");
        assertThat(chat.resumed().path("text").asText())
                .isEqualTo("the payroll portal is down for everyone");
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_outage_noted");
    }

    @Test
    void partner_never_mind_drops_a_question_without_candidates() {
        RestConversation chat = new RestConversation("reference-none-skip", "partner");

        JsonNode asked = chat.say(NO_CANDIDATE);
        chat.say("never mind");

        assertThat(texts(asked).get(0))
                .isEqualTo("What do you mean by \"it\"? Tell me its name, or say \"skip\".");
        assertThat(chat.last("apprentice_answer").path("outcome").asText()).isEqualTo("skipped");
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_outage_noted");
    }

    @Test
    void assistant_acts_on_a_pronoun_without_candidates() {
        RestConversation chat = new RestConversation("reference-none-act", "assistant");

        JsonNode replies = chat.say(NO_CANDIDATE);

        assertThat(chat.events("apprentice_question")).isEmpty();
        assertThat(texts(replies)).noneMatch(t -> t.startsWith("(I'm assuming"));
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_outage_noted");
    }

    @Test
    void words_of_a_bot_reply_are_candidates_only_as_nouns() {
        RestConversation chat = new RestConversation("reference-reply", "teacher");
        chat.say("I need zoom and slack");

        chat.say("please install it");

        // The reply names "licensed software"; "licensed" is no noun to refer back to.
        assertThat(chat.optionLabels()).doesNotContain("licensed").contains("zoom");
    }
}
