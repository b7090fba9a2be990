package dev.apprentice.channel;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A route that rejects a request whose declared length is over
 * {@code quarkus.http.limits.max-body-size} with 413 and Rasa's error body, before any body is
 * read. Without it the HTTP layer sends an empty 413 that Rasa clients cannot show.
 *
 * <p>A chunked body declares no length; the HTTP layer still stops it at the limit, with its
 * own empty 413.
 */
@ApplicationScoped
public class BodyLimitRoute {

    private final long limit;

    public BodyLimitRoute(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || lengthOf(declared) <= limit) {
            context.next();
            return;
        }
        String message = "The request body is larger than the limit of " + limit
                + " bytes; send a shorter body.";
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(ErrorBodies.body(413, "PayloadTooLarge", message, null).toString());
    }

    private static long lengthOf(String declared) {
        try {
            return Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
