package dev.apprentice.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.nlu.Tokenizer.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void splits_at_whitespace_and_punctuation() {
        List<Token> tokens = Tokenizer.tokenize("Hi, I can't log in (again)!");

        assertThat(tokens).extracting(Token::text)
                .containsExactly("Hi", "I", "can't", "log", "in", "again");
        assertThat(tokens.get(2).start()).isEqualTo(6);
        assertThat(tokens.get(2).end()).isEqualTo(11);
    }

    @Test
    void offsets_count_code_points() {
        List<Token> tokens = Tokenizer.tokenize("i want 👞 now");

        assertThat(tokens).extracting(Token::text).containsExactly("i", "want", "👞", "now");
        assertThat(tokens.get(2).start()).isEqualTo(7);
        assertThat(tokens.get(2).end()).isEqualTo(8);
        assertThat(tokens.get(3).start()).isEqualTo(9);
    }

    @Test
    void keeps_decimals_and_snake_case() {
        assertThat(Tokenizer.words("Version 3.5 of user_name."))
                .containsExactly("version", "3.5", "of", "user_name");
    }
}
