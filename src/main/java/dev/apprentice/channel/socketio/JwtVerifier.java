package dev.apprentice.channel.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies the token of a Socket.IO CONNECT as Rasa does with {@code jwt_key}: the auth payload
 * is {@code {"token": "<jwt>"}}, an optional {@code "Bearer "} prefix is stripped, the signature
 * must match the key with the configured algorithm, and {@code exp} and {@code nbf} are enforced
 * when present. Only the HMAC algorithms HS256, HS384 and HS512 are supported; with any other
 * method every token is rejected.
 */
final class JwtVerifier implements SocketIoServer.Authorizer {

    private static final Map<String, String> HMAC = Map.of(
            "HS256", "HmacSHA256", "HS384", "HmacSHA384", "HS512", "HmacSHA512");

    private final byte[] key;
    private final String method;
    private final LongSupplier epochSeconds;

    JwtVerifier(String key, String method, LongSupplier epochSeconds) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.method = method;
        this.epochSeconds = epochSeconds;
    }

    static boolean supports(String method) {
        return HMAC.containsKey(method);
    }

    @Override
    public boolean authorize(JsonNode auth) {
        if (auth == null || !auth.path("token").isTextual() || !supports(method)) {
            return false;
        }
        String token = auth.get("token").asText();
        if (token.startsWith("Bearer ")) {
            token = token.substring("Bearer ".length());
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        try {
            JsonNode header = Json.MAPPER.readTree(decode(parts[0]));
            if (!method.equals(header.path("alg").asText())) {
                return false;
            }
            byte[] expected = sign(parts[0] + "." + parts[1]);
            if (!MessageDigest.isEqual(expected, decode(parts[2]))) {
                return false;
            }
            return timesValid(Json.MAPPER.readTree(decode(parts[1])));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private boolean timesValid(JsonNode claims) {
        long now = epochSeconds.getAsLong();
        JsonNode exp = claims.get("exp");
        if (exp != null && (!exp.isNumber() || now >= exp.asLong())) {
            return false;
        }
        JsonNode nbf = claims.get("nbf");
        return nbf == null || (nbf.isNumber() && now >= nbf.asLong());
    }

    private byte[] sign(String signingInput) {
        try {
            Mac mac = Mac.getInstance(HMAC.get(method));
            mac.init(new SecretKeySpec(key, HMAC.get(method)));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC " + method + " is not available", e);
        }
    }

    private static byte[] decode(String part) {
        return Base64.getUrlDecoder().decode(part);
    }
}
