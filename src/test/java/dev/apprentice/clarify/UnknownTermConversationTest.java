package dev.apprentice.clarify;

import static dev.apprentice.clarify.RestConversation.payload;
import static dev.apprentice.clarify.RestConversation.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Unknown terms in each mode, through the REST channel of the default bot. "Flurbo" is in no
 * word list, and "Orbyx" is one letter from "Orbix", which the bot's NLU examples name, so it
 * comes with "orbix" as a did-you-mean option. Unknown terms never block an action, so an
 * assistant never asks about one.
 */
@QuarkusTest
class UnknownTermConversationTest {

    private static final String OUTAGE = "the Flurbo gateway is failing for everyone";
    private static final String MISSPELT = "the Orbyx sync is failing for everyone";

    @Test
    void teacher_learns_definition_and_example() {
        RestConversation chat = new RestConversation("unknown-teacher", "teacher");

        JsonNode asked = chat.say(OUTAGE);
        JsonNode question = chat.last("apprentice_question");
        JsonNode defined = chat.say("Flurbo gateway is our remote access gateway for contractors");
        JsonNode definitionAnswer = chat.last("apprentice_answer");
        JsonNode exampleQuestion = chat.last("apprentice_question");
        JsonNode confirmed = chat.say("the Flurbo gateway rejected my login this morning");

        assertThat(chat.last("apprentice_mode").path("value").asText()).isEqualTo("teacher");
        assertThat(question.path("kind").asText()).isEqualTo("unknown_term");
        assertThat(question.path("span").path("text").asText()).isEqualTo("Flurbo gateway");
        assertThat(question.path("mode").asText()).isEqualTo("teacher");
        assertThat(texts(asked).get(0)).startsWith("I haven't met \"Flurbo gateway\" before.");
        assertThat(definitionAnswer.path("outcome").asText()).isEqualTo("taught");
        assertThat(definitionAnswer.path("value").asText())
                .isEqualTo("our remote access gateway for contractors");
        assertThat(exampleQuestion.path("stage").asText()).isEqualTo("example");
        assertThat(texts(defined).get(0)).contains("example sentence");
        assertThat(chat.last("apprentice_answer").path("outcome").asText()).isEqualTo("example");
        assertThat(chat.events("apprentice_learned")).extracting(e -> e.path("item").asText())
                .containsExactly("sense", "sense_example");
        assertThat(texts(confirmed).get(0)).startsWith("Got it: \"Flurbo gateway\" is our");
        assertThat(chat.resumed().path("text").asText()).isEqualTo(OUTAGE);
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_outage_noted");
    }

    @Test
    void taught_term_is_not_asked_about_again() {
        RestConversation chat = new RestConversation("unknown-again", "teacher");
        chat.say(OUTAGE);
        chat.say("Flurbo gateway is our remote access gateway for contractors");
        chat.say("the Flurbo gateway rejected my login this morning");
        int questions = chat.events("apprentice_question").size();

        chat.say("the Flurbo gateway is failing again");

        assertThat(chat.events("apprentice_question")).hasSize(questions);
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_outage_noted");
    }

    @Test
    void partner_button_makes_the_name_an_alias() {
        RestConversation chat = new RestConversation("unknown-button", "partner");

        JsonNode asked = chat.say(MISSPELT);
        JsonNode question = chat.last("apprentice_question");
        chat.say(payload(asked, "orbix"));
        JsonNode answer = chat.last("apprentice_answer");
        JsonNode learned = chat.last("apprentice_learned");

        assertThat(question.path("span").path("text").asText()).isEqualTo("Orbyx sync");
        assertThat(texts(asked).get(0)).startsWith("I don't know \"Orbyx sync\" yet. Is it orbix,");
        assertThat(answer.path("outcome").asText()).isEqualTo("chosen");
        assertThat(answer.path("value").asText()).isEqualTo("orbix");
        assertThat(learned.path("item").asText()).isEqualTo("alias");
        assertThat(learned.path("alias").asText()).isEqualTo("Orbyx sync");
        assertThat(chat.resumed().path("text").asText()).isEqualTo(MISSPELT);
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_outage_noted");

        chat.say("the Orbyx sync is failing again");
        assertThat(chat.events("apprentice_question")).hasSize(1);
    }

    @Test
    void partner_ordinal_picks_the_suggestion() {
        RestConversation chat = new RestConversation("unknown-ordinal", "partner");
        chat.say(MISSPELT);

        chat.say("the first one");

        assertThat(chat.last("apprentice_answer").path("outcome").asText()).isEqualTo("chosen");
        assertThat(chat.last("apprentice_answer").path("value").asText()).isEqualTo("orbix");
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_outage_noted");
    }

    @Test
    void partner_never_mind_drops_the_question() {
        RestConversation chat = new RestConversation("unknown-skip", "partner");
        JsonNode asked = chat.say(OUTAGE);

        chat.say("never mind");

        assertThat(texts(asked).get(0)).startsWith("I don't know \"Flurbo gateway\" yet.");
        assertThat(chat.last("apprentice_answer").path("outcome").asText()).isEqualTo("skipped");
        assertThat(chat.events("apprentice_learned")).isEmpty();
        assertThat(chat.resumed().path("text").asText()).isEqualTo(OUTAGE);
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_outage_noted");
    }

    @Test
    void teacher_skip_button_drops_the_question() {
        RestConversation chat = new RestConversation("unknown-skip-button", "teacher");
        JsonNode asked = chat.say(OUTAGE);

        chat.say(payload(asked, "Skip"));

        assertThat(chat.last("apprentice_answer").path("outcome").asText()).isEqualTo("skipped");
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_outage_noted");
    }

    @Test
    void assistant_acts_without_asking() {
        RestConversation chat = new RestConversation("unknown-assistant", "assistant");

        JsonNode replies = chat.say(OUTAGE);

        assertThat(chat.events("apprentice_question")).isEmpty();
        // Without a did-you-mean option there is no guess, so no assumption to state.
        assertThat(texts(replies)).noneMatch(t -> t.startsWith("(I'm assuming"));
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_outage_noted");
    }

    @Test
    void assistant_states_its_did_you_mean_guess() {
        RestConversation chat = new RestConversation("unknown-assume", "assistant");

        JsonNode replies = chat.say(MISSPELT);

        assertThat(chat.events("apprentice_question")).isEmpty();
        assertThat(texts(replies).get(0)).isEqualTo("(I'm assuming \"Orbyx sync\" is orbix.)");
        assertThat(chat.actionsAfterLastUserMessage()).contains("utter_outage_noted");
    }
}
