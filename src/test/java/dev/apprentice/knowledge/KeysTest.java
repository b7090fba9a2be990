package dev.apprentice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeysTest {

    @Test
    void key_ignores_case_and_spacing() {
        assertThat(Keys.of("  Service\tMESH ")).isEqualTo("service mesh");
        assertThat(Keys.of(null)).isEmpty();
    }

    @Test
    void digest_is_the_same_for_equal_keys() {
        assertThat(Keys.digest("A  gloss")).isEqualTo(Keys.digest("a gloss"));
        assertThat(Keys.digest("a gloss")).hasSize(64).isNotEqualTo(Keys.digest("b gloss"));
    }
}
