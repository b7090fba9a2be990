package dev.apprentice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustTest {

    private final Trust trust = new Trust(List.of("alice"), Optional.of("teach-me"), false);

    @Test
    void trusted_sender_is_trusted_without_token() {
        assertThat(trust.isTrusted("alice", null)).isTrue();
        assertThat(trust.initialState("alice", null)).isEqualTo(ReviewState.APPROVED);
    }

    @Test
    void other_sender_waits_for_review() {
        assertThat(trust.isTrusted("bob", null)).isFalse();
        assertThat(trust.isTrusted("Alice", null)).isFalse();
        assertThat(trust.initialState("bob", Json.object())).isEqualTo(ReviewState.PENDING);
    }

    @Test
    void teacher_token_in_metadata_makes_a_teacher() {
        JsonNode metadata = Json.object().put("teacher_token", "teach-me");

        assertThat(trust.isTrusted("bob", metadata)).isTrue();
    }

    @Test
    void wrong_or_missing_token_is_not_trusted() {
        assertThat(trust.isTrusted("bob", Json.object().put("teacher_token", "teach-m"))).isFalse();
        assertThat(trust.isTrusted("bob", Json.object().put("teacher_token", ""))).isFalse();
        assertThat(trust.isTrusted("bob", Json.object().putNull("teacher_token"))).isFalse();
    }

    @Test
    void no_configured_token_trusts_no_token() {
        Trust noToken = new Trust(List.of(), Optional.of(""), false);

        assertThat(noToken.isTrusted("bob", Json.object().put("teacher_token", ""))).isFalse();
        assertThat(noToken.isTrusted(null, null)).isFalse();
    }

    @Test
    void auto_approve_trusts_everyone() {
        Trust open = new Trust(List.of(), Optional.empty(), true);

        assertThat(open.isTrusted("anyone", null)).isTrue();
    }

    @Test
    void query_token_joins_metadata_unless_metadata_has_one() {
        JsonNode added = Trust.withQueryToken(Json.object().put("mode", "teacher"), "t1");
        JsonNode existing = Trust.withQueryToken(Json.object().put("teacher_token", "t0"), "t1");

        assertThat(added.get("teacher_token").asText()).isEqualTo("t1");
        assertThat(added.get("mode").asText()).isEqualTo("teacher");
        assertThat(existing.get("teacher_token").asText()).isEqualTo("t0");
        assertThat(Trust.withQueryToken(null, null)).isNull();
        assertThat(Trust.withQueryToken(null, "t1").get("teacher_token").asText())
                .isEqualTo("t1");
    }
}
