package dev.apprentice.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void newline_is_escaped() {
        assertThat(LogText.of("my type\nERROR forged")).isEqualTo("my type\\nERROR forged");
    }

    @Test
    void other_control_characters_are_escaped() {
        assertThat(LogText.of("a\rb\tc\u0000d\u001be\u2028f\u202eg"))
                .isEqualTo("a\\rb\\tc\\u0000d\\u001be\\u2028f\\u202eg");
    }

    @Test
    void long_text_is_cut_with_its_length() {
        String text = "x".repeat(LogText.MAX_CHARS + 20);

        String logged = LogText.of(text);

        assertThat(logged).startsWith("x".repeat(LogText.MAX_CHARS) + "…");
        assertThat(logged).endsWith("(" + (LogText.MAX_CHARS + 20) + " chars)");
        assertThat(logged).doesNotContain("x".repeat(LogText.MAX_CHARS + 1));
    }

    @Test
    void plain_text_is_unchanged() {
        assertThat(LogText.of("action_set_mode sender-42 é")).isEqualTo(
                "action_set_mode sender-42 é");
    }

    @Test
    void null_becomes_word_null() {
        assertThat(LogText.of((String) null)).isEqualTo("null");
    }
}
