package dev.apprentice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadOptionsTest {

    @Test
    void defaults_target_local_port_5005() {
        LoadOptions options = LoadOptions.parse();

        assertThat(options.webhook()).hasToString("http://127.0.0.1:5005/webhooks/rest/webhook");
        assertThat(options.senders()).isEqualTo(1);
        assertThat(options.turnsPerSender()).isZero();
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void parses_every_option() {
        LoadOptions options = LoadOptions.parse("--url", "http://127.0.0.1:41234/",
                "--senders", "32", "--turns", "50", "--warmup", "0", "--timeout", "7");

        assertThat(options.webhook()).hasToString("http://127.0.0.1:41234/webhooks/rest/webhook");
        assertThat(options.senders()).isEqualTo(32);
        assertThat(options.turnsPerSender()).isEqualTo(50);
        assertThat(options.warmup()).isZero();
        assertThat(options.requestTimeout()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void rejects_sender_count_out_of_bounds() {
        assertThatThrownBy(() -> LoadOptions.parse("--senders", "0"))
                .hasMessageContaining("--senders");
        assertThatThrownBy(() -> LoadOptions.parse("--senders", "257"))
                .hasMessageContaining("1 to 256");
    }

    @Test
    void rejects_duration_over_ten_minutes() {
        assertThatThrownBy(() -> LoadOptions.parse("--duration", "601"))
                .hasMessageContaining("--duration");
    }

    @Test
    void rejects_unknown_option_and_missing_value() {
        assertThatThrownBy(() -> LoadOptions.parse("--rate", "5"))
                .hasMessage("unknown option --rate");
        assertThatThrownBy(() -> LoadOptions.parse("--senders"))
                .hasMessage("missing value for --senders");
    }

    @Test
    void rejects_url_without_http_scheme() {
        assertThatThrownBy(() -> LoadOptions.parse("--url", "127.0.0.1:5005"))
                .hasMessageContaining("invalid --url");
        assertThatThrownBy(() -> LoadOptions.parse("--url", "ftp://127.0.0.1/"))
                .hasMessageContaining("invalid --url");
    }
}
