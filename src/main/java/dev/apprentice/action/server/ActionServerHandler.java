package dev.apprentice.action.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.remote.ActionServerResponse;
import dev.apprentice.event.EventValidator;
import dev.apprentice.json.Json;
import dev.apprentice.logging.LogText;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.zip.InflaterInputStream;
import org.jboss.logging.Logger;

/**
 * Handles the three routes of rasa-sdk's action server, with the statuses and bodies of
 * rasa-sdk 3.6:
 * <ul>
 *   <li>{@code POST /webhook}: 200 with {@code events} and {@code responses}; 200 {@code null}
 *       when the body names no {@code next_action}; 400 {@code {"error": "Invalid body
 *       request"}} for a body that is not a JSON object; 404 for an unknown action; 400 with
 *       {@code error} and {@code action_name} when the action rejects; 500 with {@code error}
 *       and {@code request_body} when it fails. A body sent with
 *       {@code Content-Encoding: deflate} is inflated first. 413 with {@code error} for a body
 *       over the limit, before or after inflating.</li>
 *   <li>{@code GET /health}: 200 {@code {"status": "ok"}}, or 503
 *       {@code {"status": "loading"}} while the bot is still loading.</li>
 *   <li>{@code GET /actions}: 200 with {@code [{"name": …}]} for every runnable action.</li>
 * </ul>
 * It has no HTTP dependency, so that the protocol can be tested without a server.
 */
public final class ActionServerHandler {

    private static final Logger LOG = Logger.getLogger(ActionServerHandler.class);

    /** A status and a JSON body. */
    public record Reply(int status, JsonNode body) {
    }

    /** The body limit of a handler created without one: 1 MiB, as on the main port. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024L * 1024;

    private final ServedActionRegistry registry;
    private final long maxBodyBytes;
    private final BooleanSupplier ready;

    /** Creates a handler that is always ready, with the default body limit. */
    public ActionServerHandler(ServedActionRegistry registry) {
        this(registry, DEFAULT_MAX_BODY_BYTES, () -> true);
    }

    /**
     * @param maxBodyBytes the largest body accepted, also after a deflated body is inflated
     * @param ready whether the actions can run, which {@code GET /health} reports
     */
    public ActionServerHandler(ServedActionRegistry registry, long maxBodyBytes,
            BooleanSupplier ready) {
        this.registry = registry;
        this.maxBodyBytes = maxBodyBytes;
        this.ready = ready;
    }

    /** Returns the 413 for a body over the limit. */
    public Reply tooLarge() {
        return new Reply(413, Json.object().put("error", "The request body is larger than the"
                + " limit of " + maxBodyBytes + " bytes"
                + " (apprentice.action-server.max-body-size)"));
    }

    /** Returns 200 {@code {"status": "ok"}} once the actions can run, 503 loading before. */
    public Reply health() {
        if (!ready.getAsBoolean()) {
            return new Reply(503, Json.object().put("status", "loading"));
        }
        return new Reply(200, Json.object().put("status", "ok"));
    }

    public Reply actions() {
        ArrayNode names = Json.array();
        registry.names().forEach(name -> names.addObject().put("name", name));
        return new Reply(200, names);
    }

    /**
     * Runs the action a webhook body names.
     *
     * @param body the raw request body, possibly empty
     * @param contentEncoding the {@code Content-Encoding} header, or null
     */
    public Reply webhook(byte[] body, String contentEncoding) {
        if (body != null && body.length > maxBodyBytes) {
            return tooLarge();
        }
        Optional<JsonNode> json;
        try {
            json = parse(body, contentEncoding);
        } catch (BodyTooLargeException e) {
            LOG.debug("action.server rejected a deflated body that inflates past the limit");
            return tooLarge();
        }
        if (json.isEmpty() || !json.get().isObject()) {
            LOG.debugf("action.server rejected a body that is not a JSON object (%d bytes)",
                    body == null ? 0 : body.length);
            return new Reply(400, Json.object().put("error", "Invalid body request"));
        }
        ActionServerRequest request = ActionServerRequest.fromJson(json.get());
        String name = request.nextAction();
        if (name == null) {
            LOG.debug("action.server received a call without next_action");
            return new Reply(200, NullNode.getInstance());
        }
        Optional<ServedAction> action = registry.find(name);
        if (action.isPresent()) {
            return run(action.get(), request, json.get());
        }
        Optional<String> reason = registry.unavailableReason(name);
        if (reason.isPresent()) {
            LOG.warnf("action %s was called but is not available in this build: %s",
                    LogText.of(name), reason.get());
            return failure(json.get(), "Action '" + name + "' is not available in this build: "
                    + reason.get());
        }
        LOG.debugf("action.server unknown action %s", LogText.of(name));
        return new Reply(404, Json.object()
                .put("error", "No registered action found for name '" + name + "'.")
                .put("action_name", name));
    }

    private Reply run(ServedAction action, ActionServerRequest request, JsonNode body) {
        try {
            ActionServerResponse response = action.run(request);
            EventValidator.validate(response.toJson().path("events"));
            LOG.debugf("action.server action=%s sender=%s events=%d responses=%d",
                    action.name(), senderOrUnknown(request), response.events().size(),
                    response.responses().size());
            return new Reply(200, response.toJson());
        } catch (ActionExecutionRejection e) {
            LOG.debugf("action.server action=%s rejected: %s", action.name(),
                    LogText.of(e.getMessage(), LogText.MAX_MESSAGE_CHARS));
            return new Reply(400, Json.object().put("error", e.getMessage())
                    .put("action_name", e.actionName()));
        } catch (RuntimeException e) {
            // Only the exception type goes to the log: its message may quote the user's text.
            LOG.warnf("action %s failed for sender %s: %s", action.name(),
                    senderOrUnknown(request), e.getClass().getName());
            String error = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
            return failure(body, error);
        }
    }

    private static Reply failure(JsonNode body, String error) {
        ObjectNode reply = Json.object().put("error", error);
        reply.set("request_body", body);
        return new Reply(500, reply);
    }

    private static String senderOrUnknown(ActionServerRequest request) {
        try {
            return LogText.of(request.senderId());
        } catch (IllegalArgumentException e) {
            return "(none)";
        }
    }

    private Optional<JsonNode> parse(byte[] body, String contentEncoding)
            throws BodyTooLargeException {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        InputStream in = new ByteArrayInputStream(body);
        if ("deflate".equalsIgnoreCase(contentEncoding)) {
            in = new BoundedInputStream(new InflaterInputStream(in), maxBodyBytes);
        }
        try {
            return Optional.ofNullable(Json.MAPPER.readTree(in));
        } catch (BodyTooLargeException e) {
            throw e;
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Raised when an inflated body passes the limit. */
    private static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("the inflated body is larger than the limit");
        }
    }

    /** Fails a read past the limit, so that a small deflated body cannot fill the heap. */
    private static final class BoundedInputStream extends FilterInputStream {
        private long remaining;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            remaining -= n;
            if (remaining < 0) {
                throw new BodyTooLargeException();
            }
        }
    }
}
