package dev.apprentice.channel.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.agent.Agent;
import dev.apprentice.agent.AgentNotReadyException;
import dev.apprentice.channel.TurnMetrics;
import dev.apprentice.config.ApprenticeConfig;
import dev.apprentice.event.Event;
import dev.apprentice.processor.MessageProcessor;
import dev.apprentice.processor.TurnResult;
import dev.apprentice.processor.UserMessage;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * Serves Rasa's socket.io channel on the main HTTP port, at the path credentials.yml sets
 * ({@code /socket.io/} by default): HTTP long-polling GET and POST, the WebSocket upgrade and
 * CORS. The path is read from the loaded bot, so until the bot is loaded, or when its
 * credentials.yml has no {@code socketio} entry, requests fall through to a 404.
 *
 * <p>Packets are handled on the Vert.x event loop; turns run on the Vert.x worker pool. One
 * periodic timer drives the heartbeat of all sessions.
 */
@ApplicationScoped
public class SocketIoRoutes implements HttpServerOptionsCustomizer {

    private static final Logger LOG = Logger.getLogger(SocketIoRoutes.class);
    /** Heartbeat checks run this often at most, in milliseconds. */
    private static final long MAX_SWEEP_MILLIS = 1000;

    private final Agent agent;
    private final Vertx vertx;
    private final SocketIoConfig config;
    private final TurnMetrics metrics;
    private final EngineServer engine;
    private final SocketIoServer sockets;
    private final SocketIoChannel channel;
    private volatile Cached cached;
    private long timerId = -1;

    /** The settings of the processor they were read from, so a reloaded bot is noticed. */
    private record Cached(MessageProcessor processor, SocketIoSettings settings) {
    }

    public SocketIoRoutes(Agent agent, Vertx vertx, SocketIoConfig config,
            ApprenticeConfig appConfig, TurnMetrics metrics) {
        this.agent = agent;
        this.vertx = vertx;
        this.config = config;
        this.metrics = metrics;
        Executor worker = task -> vertx.executeBlocking(() -> {
            task.run();
            return null;
        }, false);
        this.channel = new SocketIoChannel(this::settingsOrDefault, this::runTurn, worker,
                new SocketIoChannel.Limits(appConfig.maxMessageChars(),
                        appConfig.maxSenderChars()));
        EngineSession.Limits limits = new EngineSession.Limits(config.pingInterval(),
                config.pingTimeout(), config.maxPayload(), config.maxQueuedPackets());
        this.sockets = new SocketIoServer(() -> settingsOrDefault().namespace(),
                this::authorize, channel, this::newSocketId);
        this.engine = new EngineServer(limits, config.maxSessions(), System::currentTimeMillis,
                sockets::listenerFor);
    }

    /** Limits WebSocket frames and messages to {@code maxPayload}; Vert.x closes with 1009. */
    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setMaxWebSocketFrameSize(config.maxPayload());
        options.setMaxWebSocketMessageSize(config.maxPayload());
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(this::handle);
        long period = Math.max(10, Math.min(MAX_SWEEP_MILLIS,
                Math.min(config.pingInterval(), config.pingTimeout()) / 4));
        timerId = vertx.setPeriodic(period, id -> engine.sweep());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
        engine.closeAll();
    }

    /** Returns the channel's settings, or null when the bot is not loaded or has no socketio. */
    SocketIoSettings settings() {
        MessageProcessor processor;
        try {
            processor = agent.processor();
        } catch (AgentNotReadyException e) {
            return null;
        }
        Cached current = cached;
        if (current != null && current.processor() == processor) {
            return current.settings();
        }
        JsonNode node = processor.bot().project().credentials().channel("socketio")
                .orElse(null);
        SocketIoSettings settings = node == null ? null : SocketIoSettings.from(node);
        cached = new Cached(processor, settings);
        return settings;
    }

    EngineServer engine() {
        return engine;
    }

    SocketIoServer sockets() {
        return sockets;
    }

    SocketIoChannel channel() {
        return channel;
    }

    private SocketIoSettings settingsOrDefault() {
        SocketIoSettings settings = settings();
        return settings != null ? settings : SocketIoSettings.from(null);
    }

    private boolean authorize(JsonNode auth) {
        SocketIoSettings settings = settingsOrDefault();
        if (settings.jwtKey() == null) {
            return true;
        }
        if (!JwtVerifier.supports(settings.jwtMethod())) {
            LOG.warnf("socketio: jwt_method %s is not supported (HS256, HS384, HS512 are);"
                    + " refusing the connection", settings.jwtMethod());
            return false;
        }
        return new JwtVerifier(settings.jwtKey(), settings.jwtMethod(),
                () -> System.currentTimeMillis() / 1000).authorize(auth);
    }

    private String newSocketId() {
        return engine.newId();
    }

    /** Runs one turn on a worker thread, with the request context the tracker store needs. */
    private List<Event> runTurn(UserMessage message) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            long start = System.nanoTime();
            TurnResult result = agent.processor().handleMessage(message);
            metrics.record(SocketIoChannel.NAME, result, System.nanoTime() - start);
            return result.botEvents();
        } catch (AgentNotReadyException e) {
            LOG.warnf("socketio: no bot is loaded; dropped a message for %s",
                    message.senderId());
            return List.of();
        } finally {
            requestContext.terminate();
        }
    }

    private void handle(RoutingContext context) {
        SocketIoSettings settings = settings();
        if (settings == null || !settings.matchesPath(context.normalizedPath())) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        addCorsHeaders(request);
        Map<String, String> query = query(request);
        HttpMethod method = request.method();
        if (HttpMethod.OPTIONS.equals(method)) {
            request.response().setStatusCode(204).end();
        } else if (HttpMethod.GET.equals(method) && isWebSocketUpgrade(request)) {
            upgrade(request, query);
        } else if (HttpMethod.GET.equals(method)) {
            engine.handleGet(query, new VertxExchange(request.response()));
        } else if (HttpMethod.POST.equals(method)) {
            post(request, query);
        } else {
            new VertxExchange(request.response()).send(400, EngineServer.ERROR_CONTENT_TYPE,
                    EngineServer.errorBody(2, "Bad handshake method"));
        }
    }

    private void upgrade(HttpServerRequest request, Map<String, String> query) {
        if (!engine.checkWebSocket(query, new VertxExchange(request.response()))) {
            return;
        }
        request.toWebSocket().onSuccess(webSocket -> {
            VertxPeer peer = new VertxPeer(webSocket);
            EngineSession session = engine.attachWebSocket(query, peer);
            if (session == null) {
                return;
            }
            webSocket.textMessageHandler(text -> session.handleFrame(peer, text));
            webSocket.binaryMessageHandler(data -> session.handleFrame(peer, "b"));
            webSocket.closeHandler(v -> session.webSocketClosed(peer));
            // Vert.x reports a fragmented message over the size limit here and drops it;
            // the session is closed, as for a single frame over the limit.
            webSocket.exceptionHandler(e -> {
                LOG.debugf("socketio: WebSocket error on session %s: %s", session.id(),
                        e.getMessage());
                session.close("transport error");
            });
        }).onFailure(e -> LOG.debugf("socketio: WebSocket upgrade failed: %s",
                e.getMessage()));
    }

    /** Reads a polling POST body up to {@code maxPayload} bytes; more gets 413. */
    private void post(HttpServerRequest request, Map<String, String> query) {
        VertxExchange exchange = new VertxExchange(request.response());
        EngineSession session = engine.beginPost(query, contentLength(request), exchange);
        if (session == null) {
            return;
        }
        Buffer body = Buffer.buffer();
        boolean[] oversized = {false};
        request.handler(chunk -> {
            if (oversized[0]) {
                return;
            }
            if (body.length() + chunk.length() > engine.maxPayload()) {
                oversized[0] = true;
                engine.rejectOversized(session, exchange);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(v -> {
            if (!oversized[0]) {
                engine.finishPost(session, body.toString(StandardCharsets.UTF_8), exchange);
            }
        });
        request.exceptionHandler(e -> session.close("POST failed"));
        request.resume();
    }

    private static long contentLength(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isWebSocketUpgrade(HttpServerRequest request) {
        String upgrade = request.getHeader(HttpHeaders.UPGRADE);
        return upgrade != null && "websocket".equalsIgnoreCase(upgrade);
    }

    private static Map<String, String> query(HttpServerRequest request) {
        Map<String, String> query = new HashMap<>();
        for (String name : List.of("EIO", "transport", "sid")) {
            String value = request.getParam(name);
            if (value != null) {
                query.put(name, value);
            }
        }
        return query;
    }

    /**
     * Allows any origin, as Rasa does when started with {@code --cors "*"}: the widget is often
     * served from another host than the bot. No credentials are allowed, and none are used.
     */
    private static void addCorsHeaders(HttpServerRequest request) {
        HttpServerResponse response = request.response();
        response.putHeader("Access-Control-Allow-Origin", "*");
        if (HttpMethod.OPTIONS.equals(request.method())) {
            String headers = request.getHeader("Access-Control-Request-Headers");
            response.putHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            response.putHeader("Access-Control-Allow-Headers",
                    headers == null ? "Content-Type" : headers);
            response.putHeader("Access-Control-Max-Age", "86400");
        }
    }

    /** A polling response on Vert.x. */
    private static final class VertxExchange implements PollExchange {
        private final HttpServerResponse response;
        private volatile Runnable closeAction;

        /** Registers the close handler now: Vert.x refuses one once the response is written. */
        VertxExchange(HttpServerResponse response) {
            this.response = response;
            response.closeHandler(v -> {
                Runnable action = closeAction;
                if (action != null) {
                    action.run();
                }
            });
        }

        @Override
        public void send(int status, String contentType, String body) {
            if (response.ended() || response.closed()) {
                return;
            }
            response.setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, contentType)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(body);
        }

        @Override
        public void onClose(Runnable action) {
            closeAction = action;
        }
    }

    /** A WebSocket on Vert.x. */
    private static final class VertxPeer implements WebSocketPeer {
        private final ServerWebSocket webSocket;

        VertxPeer(ServerWebSocket webSocket) {
            this.webSocket = webSocket;
        }

        @Override
        public void sendText(String frame) {
            if (!webSocket.isClosed()) {
                webSocket.writeTextMessage(frame);
            }
        }

        @Override
        public void close() {
            if (!webSocket.isClosed()) {
                webSocket.close();
            }
        }
    }
}
