package dev.apprentice.channel.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class JwtVerifierTest {

    private static final long NOW = 1_700_000_000L;
    private final JwtVerifier verifier = new JwtVerifier("secret", "HS256", () -> NOW);

    private static String part(String json) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String token(String header, String claims, String key) throws Exception {
        String input = part(header) + "." + part(claims);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] signature = mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    private boolean authorize(String token) {
        return verifier.authorize(Json.object().put("token", token));
    }

    @Test
    void valid_token_is_accepted_with_or_without_bearer() throws Exception {
        String token = token("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"user\":\"u\"}", "secret");

        assertThat(authorize(token)).isTrue();
        assertThat(authorize("Bearer " + token)).isTrue();
    }

    @Test
    void wrong_key_or_algorithm_is_rejected() throws Exception {
        assertThat(authorize(token("{\"alg\":\"HS256\"}", "{}", "other"))).isFalse();
        assertThat(authorize(token("{\"alg\":\"none\"}", "{}", "secret"))).isFalse();
    }

    @Test
    void expired_or_not_yet_valid_token_is_rejected() throws Exception {
        String header = "{\"alg\":\"HS256\"}";

        assertThat(authorize(token(header, "{\"exp\":" + NOW + "}", "secret"))).isFalse();
        assertThat(authorize(token(header, "{\"exp\":" + (NOW + 1) + "}", "secret"))).isTrue();
        assertThat(authorize(token(header, "{\"nbf\":" + (NOW + 1) + "}", "secret"))).isFalse();
    }

    @Test
    void missing_or_malformed_auth_is_rejected() {
        assertThat(verifier.authorize(null)).isFalse();
        assertThat(verifier.authorize(Json.object())).isFalse();
        assertThat(authorize("not.a")).isFalse();
        assertThat(authorize("a.b.c")).isFalse();
    }
}
