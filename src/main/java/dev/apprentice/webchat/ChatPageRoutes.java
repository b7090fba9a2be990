package dev.apprentice.webchat;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Routes of the /chat page besides its static files: {@code /chat} is sent to {@code /chat/},
 * where the page and its relative resources live, and every response under {@code /chat/}
 * carries a Content-Security-Policy. The policy keeps the page to its own origin, so the
 * widget's built-in request for a web font is never sent and no script can be injected through
 * a message. Images may come from any https host, as bot responses link them.
 */
@ApplicationScoped
public class ChatPageRoutes {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: https:;"
            + " media-src 'self' https:; font-src 'self' data:; connect-src 'self' ws: wss:;"
            + " frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    void register(@Observes Router router) {
        router.route("/chat*").order(Integer.MIN_VALUE + 200).handler(context -> {
            String path = context.request().path();
            if ("/chat".equals(path)) {
                context.redirect("/chat/");
                return;
            }
            if (path.startsWith("/chat/")) {
                context.response().putHeader("Content-Security-Policy",
                        CONTENT_SECURITY_POLICY);
            }
            context.next();
        });
    }
}
