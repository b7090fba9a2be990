package dev.apprentice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenAuthFilterTest {

    @Test
    void open_when_no_token_configured() {
        assertThat(TokenAuthFilter.isAuthenticated(Optional.empty(), null)).isTrue();
        assertThat(TokenAuthFilter.isAuthenticated(Optional.empty(), "anything")).isTrue();
    }

    @Test
    void passes_with_configured_token() {
        assertThat(TokenAuthFilter.isAuthenticated(Optional.of("s3cret"), "s3cret")).isTrue();
    }

    @Test
    void rejects_missing_or_wrong_token() {
        assertThat(TokenAuthFilter.isAuthenticated(Optional.of("s3cret"), null)).isFalse();
        assertThat(TokenAuthFilter.isAuthenticated(Optional.of("s3cret"), "")).isFalse();
        assertThat(TokenAuthFilter.isAuthenticated(Optional.of("s3cret"), "S3CRET")).isFalse();
        assertThat(TokenAuthFilter.isAuthenticated(Optional.of("s3cret"), "s3cret ")).isFalse();
    }
}
