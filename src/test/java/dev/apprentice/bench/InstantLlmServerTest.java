package dev.apprentice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstantLlmServerTest {

    @Test
    void intent_reply_spreads_probability_over_listed_intents() {
        String reply = InstantLlmServer.reply("You classify one user message\n"
                + "<data name=\"intents\">\n- greet: hi\n- goodbye\n</data>");

        assertThat(reply).isEqualTo("{\"intents\":{\"greet\":0.5,\"goodbye\":0.5}}");
    }

    @Test
    void question_reply_repeats_the_template() {
        String reply = InstantLlmServer.reply("You word one clarifying question\n"
                + "<data name=\"template\">\nWhat is \"x\"?\n</data>");

        assertThat(reply).isEqualTo("{\"question\":\"What is \\\"x\\\"?\"}");
    }
}
