package dev.apprentice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apprentice.tracker.EventVerbosity;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void include_events_defaults_to_after_restart() {
        assertThat(QueryParams.includeEvents(null)).isEqualTo(EventVerbosity.AFTER_RESTART);
    }

    @Test
    void include_events_ignores_case() {
        assertThat(QueryParams.includeEvents("applied")).isEqualTo(EventVerbosity.APPLIED);
        assertThat(QueryParams.includeEvents("None")).isEqualTo(EventVerbosity.NONE);
    }

    @Test
    void invalid_include_events_names_parameter() {
        assertThatThrownBy(() -> QueryParams.includeEvents("SOME"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.details().path("parameter").asText())
                            .isEqualTo("include_events");
                    assertThat(e.details().path("in").asText()).isEqualTo("query");
                });
    }

    @Test
    void until_reads_float_seconds() {
        assertThat(QueryParams.until("1714031234.5")).isEqualTo(1714031234.5);
        assertThat(QueryParams.until(null)).isNull();
    }

    @Test
    void invalid_until_names_parameter() {
        assertThatThrownBy(() -> QueryParams.until("yesterday"))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.details().path("parameter").asText())
                                .isEqualTo("until"));
        assertThatThrownBy(() -> QueryParams.until("NaN")).isInstanceOf(ApiException.class);
    }

    @Test
    void bool_is_true_only_for_text_true() {
        assertThat(QueryParams.bool("TRUE")).isTrue();
        assertThat(QueryParams.bool("true")).isTrue();
        assertThat(QueryParams.bool("1")).isFalse();
        assertThat(QueryParams.bool("yes")).isFalse();
        assertThat(QueryParams.bool(null)).isFalse();
    }
}
