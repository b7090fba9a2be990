package dev.apprentice.clarify;

import static dev.apprentice.clarify.RestConversation.intentOf;
import static dev.apprentice.clarify.RestConversation.payload;
import static dev.apprentice.clarify.RestConversation.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Requests whose intent the default bot's classifier and committee are unsure of, in each mode,
 * through the REST channel. Every conversation of the running service shares one classifier,
 * which learns each chosen intent. So each test that teaches one uses a message of its own, and
 * teaches the intent a person would give it. A correction also moves the classifier on similar
 * messages: "the new starter has no laptop yet" taught as open_ticket turns "my laptop and my
 * phone both stopped getting mail" from report_outage to open_ticket. So the tests that teach
 * run last, in a fixed order, each with a message chosen for the classifier's state by then.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UncertainIntentConversationTest {

    @Test
    @Order(5)
    void untrusted_correction_applies_only_to_its_message() {
        String request = "I cannot get into anything this morning";
        RestConversation chat = new RestConversation("intent-untrusted", "partner");
        String before = intentOf(request);

        JsonNode asked = chat.say(request);
        chat.say(payload(asked, "vpn problem"));
        JsonNode learned = chat.last("apprentice_learned");

        assertThat(learned.path("review").asText()).isEqualTo("pending");
        assertThat(learned.path("applied").asBoolean()).isFalse();
        assertThat(chat.resumed().path("parse_data").path("intent").path("name").asText())
                .isEqualTo("vpn_problem");
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_vpn_checklist");
        assertThat(intentOf(request)).isEqualTo(before);
    }

    @Test
    @Order(6)
    void partner_button_corrects_the_intent() {
        String request = "I cannot get into anything this morning";
        RestConversation chat = new RestConversation("intent-button", "partner").trusted();

        JsonNode asked = chat.say(request);
        JsonNode question = chat.last("apprentice_question");
        chat.say(payload(asked, "vpn problem"));
        JsonNode answer = chat.last("apprentice_answer");
        JsonNode learned = chat.last("apprentice_learned");

        assertThat(question.path("kind").asText()).isEqualTo("uncertain_intent");
        assertThat(question.path("span").path("text").asText()).isEqualTo(request);
        assertThat(texts(asked).get(0)).startsWith("Do you want to ");
        assertThat(chat.optionLabels()).contains("vpn problem");
        assertThat(answer.path("outcome").asText()).isEqualTo("chosen");
        assertThat(answer.path("value").asText()).isEqualTo("vpn_problem");
        assertThat(learned.path("item").asText()).isEqualTo("intent_example");
        assertThat(learned.path("text").asText()).isEqualTo(request);
        assertThat(chat.resumed().path("text").asText()).isEqualTo(request);
        assertThat(chat.resumed().path("parse_data").path("intent").path("name").asText())
                .isEqualTo("vpn_problem");
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_vpn_checklist");
        assertThat(intentOf(request)).isEqualTo("vpn_problem");
    }

    @Test
    @Order(7)
    void teacher_free_text_names_the_intent() {
        String request = "the new starter has no laptop yet";
        RestConversation chat = new RestConversation("intent-words", "teacher").trusted();

        JsonNode asked = chat.say(request);
        JsonNode answered = chat.say("I want to open a ticket");

        assertThat(chat.last("apprentice_question").path("kind").asText())
                .isEqualTo("uncertain_intent");
        assertThat(texts(asked).get(0)).startsWith("I'm not sure what you'd like.");
        assertThat(chat.last("apprentice_answer").path("value").asText())
                .isEqualTo("open_ticket");
        assertThat(texts(answered).get(0)).isEqualTo(
                "Thanks, I'll remember that \"" + request + "\" means \"open ticket\".");
        assertThat(chat.resumed().path("text").asText()).isEqualTo(request);
        assertThat(chat.actionsAfterLastUserMessage()).contains("ticket_form");
        assertThat(intentOf(request)).isEqualTo("open_ticket");
    }

    @Test
    @Order(8)
    void assistant_asks_and_ordinal_picks_the_intent() {
        String request = "my screen went black during the meeting";
        RestConversation chat = new RestConversation("intent-ordinal", "assistant").trusted();

        JsonNode asked = chat.say(request);
        String second = chat.last("apprentice_question").path("options").get(1)
                .path("value").asText();
        chat.say("the second one");

        assertThat(texts(asked).get(0)).startsWith("I want to get this right: do you want to ");
        assertThat(chat.last("apprentice_answer").path("value").asText()).isEqualTo(second);
        assertThat(chat.resumed().path("parse_data").path("intent").path("name").asText())
                .isEqualTo(second);
        assertThat(intentOf(request)).isEqualTo(second);
    }

    @Test
    @Order(1)
    void partner_skip_handles_the_request_as_it_was_parsed() {
        String request = "hmm, the lights on the dock blink orange";
        RestConversation chat = new RestConversation("intent-skip", "partner");
        chat.say(request);
        JsonNode question = chat.last("apprentice_question");

        chat.say("skip");

        assertThat(question.path("kind").asText()).isEqualTo("uncertain_intent");
        assertThat(chat.last("apprentice_answer").path("outcome").asText()).isEqualTo("skipped");
        assertThat(chat.events("apprentice_learned")).isEmpty();
        JsonNode original = question.path("original").path("parse_data");
        JsonNode resumed = chat.resumed().path("parse_data");
        assertThat(resumed.path("intent")).isEqualTo(original.path("intent"));
        assertThat(resumed.path("entities")).isEqualTo(original.path("entities"));
        assertThat(chat.actionsAfterLastUserMessage()).hasSizeGreaterThan(1);
    }

    @Test
    @Order(2)
    void teacher_neither_learns_nothing() {
        String request = "hmm, the lights on the dock blink orange";
        RestConversation chat = new RestConversation("intent-neither", "teacher");
        chat.say(request);

        chat.say("neither");

        assertThat(chat.last("apprentice_answer").path("outcome").asText()).isEqualTo("neither");
        assertThat(chat.events("apprentice_learned")).isEmpty();
        assertThat(chat.resumed().path("text").asText()).isEqualTo(request);
    }

    @Test
    @Order(3)
    void intent_payload_abandons_the_question() {
        String request = "hmm, the lights on the dock blink orange";
        RestConversation chat = new RestConversation("intent-abandon", "partner");
        chat.say(request);

        chat.say("/greet");
        int answers = chat.events("apprentice_answer").size();
        chat.say("I need zoom");

        assertThat(chat.last("apprentice_answer").path("outcome").asText())
                .isEqualTo("abandoned");
        assertThat(chat.events("apprentice_answer")).hasSize(answers);
        assertThat(chat.events("apprentice_learned")).isEmpty();
        assertThat(chat.events("user")).noneMatch(e -> e.path("metadata")
                .has("apprentice_resumed"));
    }

    @Test
    @Order(4)
    void assistant_states_the_intent_it_assumed() {
        RestConversation chat = new RestConversation("intent-assume", "assistant");

        JsonNode replies = chat.say("my laptop and my phone both stopped getting mail");

        assertThat(chat.events("apprentice_question")).isEmpty();
        assertThat(texts(replies).get(0))
                .isEqualTo("(I'm assuming you want to report outage.)");
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_outage_noted");
    }
}
