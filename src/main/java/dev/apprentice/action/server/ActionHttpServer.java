package dev.apprentice.action.server;

import dev.apprentice.action.server.clarify.ServedEngine;
import dev.apprentice.config.ActionServerConfig;
import dev.apprentice.config.ApprenticeConfig;
import dev.apprentice.logging.LogText;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import dev.apprentice.json.Json;
import dev.apprentice.logging.LogText;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Serves rasa-sdk's action-server routes ({@code POST /webhook}, {@code GET /health},
 * {@code GET /actions}) so that a Rasa bot can call Apprentice's actions. By default a second
 * Vert.x HTTP server is started at boot on port 5055, rasa-sdk's port. With
 * {@code apprentice.action-server.on-main-port} the routes are mounted under
 * {@code /actions-server/} of the main HTTP server instead, and they then require
 * {@code apprentice.auth-token} unless {@code apprentice.action-server.token} is set.
 *
 * <p>A port that is already in use does not stop the application: the failure is logged at
 * WARN and the rest of Apprentice runs without the action server.
 */
@ApplicationScoped
public class ActionHttpServer {

    private static final Logger LOG = Logger.getLogger(ActionHttpServer.class);
    static final String MAIN_PORT_PREFIX = "/actions-server";

    private final Vertx vertx;
    private final ActionServerConfig config;
    private final ActionServerHandler handler;
    /** The token every route but {@code /health} requires, or empty when they are open. */
    private final Optional<String> token;
    private volatile HttpServer server;

    @Inject
    public ActionHttpServer(Vertx vertx, ActionServerConfig config,
            ServedActionRegistry registry, ServedEngine engine, ApprenticeConfig main) {
        this(vertx, config, registry, engine::installed, main.authToken());
    }

    /**
     * @param ready whether the loaded bot is installed, so that the actions can run
     * @param authToken {@code apprentice.auth-token}, which the routes on the main port require
     *     when {@code apprentice.action-server.token} is unset
     */
    ActionHttpServer(Vertx vertx, ActionServerConfig config, ServedActionRegistry registry,
            BooleanSupplier ready, Optional<String> authToken) {
        this.vertx = vertx;
        this.config = config;
        this.handler = new ActionServerHandler(registry, config.maxBodySize().asLongValue(),
                ready);
        this.token = config.token().isPresent() || !config.onMainPort()
                ? config.token() : authToken;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled() && !config.onMainPort()) {
            start();
        }
    }

    /** Mounts the routes on the main HTTP server when so configured. */
    void onMainRouter(@Observes Router mainRouter) {
        if (config.enabled() && config.onMainPort()) {
            mainRouter.route(MAIN_PORT_PREFIX + "/*").subRouter(router());
            LOG.infof("action server routes are served under %s/ on the main port",
                    MAIN_PORT_PREFIX);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        HttpServer running = server;
        if (running != null) {
            running.close();
        }
    }

    /** Returns the port the own server listens on, or -1 when it is not running. */
    public int port() {
        HttpServer running = server;
        return running == null ? -1 : running.actualPort();
    }

    private void start() {
        HttpServerOptions options = new HttpServerOptions()
                .setHost(config.host()).setPort(config.port());
        try {
            server = vertx.createHttpServer(options).requestHandler(router()).listen()
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            LOG.infof("action server listening on %s:%d", config.host(), server.actualPort());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("action server not started on %s:%d: %s; set apprentice.action-server.port"
                    + " to a free port or apprentice.action-server.enabled=false", config.host(),
                    config.port(), e.getCause() != null ? e.getCause() : e);
        }
    }

    private Router router() {
        Router router = Router.router(vertx);
        // rasa-sdk's /health needs no token, so that probes need no secret.
        router.get("/health").handler(ctx -> send(ctx, handler.health()));
        router.route().handler(this::checkToken);
        // The declared length is checked first, so an oversized body is never read. The
        // BodyHandler stops a chunked body at the same limit and fails the route with 413.
        router.post("/webhook").handler(this::checkDeclaredLength);
        router.post("/webhook").handler(BodyHandler.create().setBodyLimit(maxBodyBytes()))
                .blockingHandler(this::webhook, false);
        router.get("/actions").handler(ctx -> send(ctx, handler.actions()));
        router.route().failureHandler(this::fail);
        return router;
    }

    private long maxBodyBytes() {
        return config.maxBodySize().asLongValue();
    }

    private void checkDeclaredLength(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && lengthOf(declared) > maxBodyBytes()) {
            LOG.debugf("action.server rejected a body of %d bytes", lengthOf(declared));
            send(ctx, handler.tooLarge());
            return;
        }
        ctx.next();
    }

    private static long lengthOf(String declared) {
        try {
            return Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Sends a JSON error for a failed route in place of Vert.x's plain-text page and its
     * ERROR log line. A 413 comes from the BodyHandler when a chunked body passes the limit.
     */
    private void fail(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        int status = ctx.statusCode() < 0 ? 500 : ctx.statusCode();
        if (status == 413) {
            LOG.debug("action.server rejected a chunked body over the limit");
            send(ctx, handler.tooLarge());
            return;
        }
        Throwable failure = ctx.failure();
        if (status >= 500) {
            // Only the type goes to the log: a message may quote the request body.
            LOG.warnf("action.server request failed with %d: %s", status,
                    failure == null ? "no exception" : failure.getClass().getName());
        } else {
            LOG.debugf("action.server request to %s failed with %d",
                    LogText.of(ctx.request().path()), status);
        }
        send(ctx, new ActionServerHandler.Reply(status, Json.object().put("error",
                HttpResponseStatus.valueOf(status).reasonPhrase())));
    }

    private void webhook(RoutingContext ctx) {
        Buffer body = ctx.body().buffer();
        byte[] bytes = body == null ? new byte[0] : body.getBytes();
        send(ctx, handler.webhook(bytes, ctx.request().getHeader("Content-Encoding")));
    }

    private void checkToken(RoutingContext ctx) {
        String expected = token.orElse(null);
        String given = ctx.request().getParam("token");
        if (expected == null || (given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8)))) {
            ctx.next();
            return;
        }
        LOG.debugf("action.server rejected a request to %s without a valid token",
                LogText.of(ctx.request().path()));
        ctx.response().setStatusCode(401).putHeader("Content-Type", "application/json")
                .end("{\"error\":\"Missing or invalid token: send it as ?token=\"}");
    }

    private static void send(RoutingContext ctx, ActionServerHandler.Reply reply) {
        if (reply.status() == 413) {
            // The rest of the body is not read, so the connection cannot carry another request.
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        ctx.response().setStatusCode(reply.status())
                .putHeader("Content-Type", "application/json")
                .end(reply.body().toString());
    }
}
