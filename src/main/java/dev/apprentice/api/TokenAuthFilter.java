package dev.apprentice.api;

import dev.apprentice.config.ApprenticeConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rasa's token authentication for the HTTP API: when {@code apprentice.auth-token} is set, a
 * request to a {@link TokenSecured} resource needs {@code ?token=} with that value, else it gets
 * 401 {@code NotAuthenticated}. {@code GET /} and {@code GET /version}, the channel webhooks and
 * the {@code /q/} endpoints are not marked and stay open, as in Rasa.
 */
public class TokenAuthFilter {

    private static final Logger LOG = Logger.getLogger(TokenAuthFilter.class);

    private final Optional<String> token;

    public TokenAuthFilter(ApprenticeConfig config) {
        this.token = config.authToken();
    }

    // TODO: accept Rasa's JWT as well (Authorization: Bearer, roles admin and user). Clients
    // that authenticate only with a JWT get 401 until then.
    @ServerRequestFilter
    @TokenSecured
    public Optional<Response> authenticate(ContainerRequestContext request) {
        String queryToken = request.getUriInfo().getQueryParameters().getFirst("token");
        if (isAuthenticated(token, queryToken)) {
            return Optional.empty();
        }
        LOG.debugf("api.auth rejected %s %s", request.getMethod(),
                request.getUriInfo().getPath());
        return Optional.of(ApiExceptionMappers.respond(RasaError.of(401, "NotAuthenticated",
                "User is not authenticated.", null)));
    }

    /**
     * Returns whether a request with the query token {@code queryToken} may pass: always when no
     * token is configured, else only with the configured token, compared in constant time.
     */
    static boolean isAuthenticated(Optional<String> configured, String queryToken) {
        if (configured.isEmpty()) {
            return true;
        }
        if (queryToken == null) {
            return false;
        }
        return MessageDigest.isEqual(configured.get().getBytes(StandardCharsets.UTF_8),
                queryToken.getBytes(StandardCharsets.UTF_8));
    }
}
