package dev.apprentice.action.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.action.ActionContext;
import dev.apprentice.action.ActionResult;
import dev.apprentice.action.CustomActionExecutor;
import dev.apprentice.domain.Domain;
import dev.apprentice.event.Event;
import dev.apprentice.event.EventValidator;
import dev.apprentice.json.Json;
import dev.apprentice.logging.LogText;
import dev.apprentice.nlg.ResponseRenderer;
import dev.apprentice.project.EndpointConfig;
import dev.apprentice.tracker.DialogueStateTracker;
import dev.apprentice.tracker.EventVerbosity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import org.jboss.logging.Logger;

/**
 * Runs custom actions on an action server that speaks Rasa's protocol, such as rasa-sdk.
 *
 * <p>Each call POSTs {@code next_action}, {@code sender_id}, the tracker with all events, the
 * domain (left out under {@code enable_selective_domain} unless the action is listed with
 * {@code send_domain: true}) and the Rasa version this engine matches. The endpoint's token is
 * sent as a query parameter, its headers and basic auth as given, and the whole call must end
 * within the endpoint's timeout (Rasa's default is 300 s).
 *
 * <p>A reply's {@code responses} become bot events (see {@link BotUtterances}), followed by its
 * {@code events}, which must pass Rasa's event schema. A 400 whose body names
 * {@code action_name} is a rejection. Every other failure is logged at WARN and gives no
 * events: another status, a body that is not valid JSON, an invalid or unknown event, a refused
 * connection or a timeout. The processor then logs the action alone and the turn goes on, as in
 * Rasa. Unlike Rasa, which then sends nothing, an action that would have replied to the user is
 * replaced by the configured fallback reply.
 */
public final class RemoteActionExecutor implements CustomActionExecutor {

    /** The Rasa version whose protocol this client speaks, sent as {@code version}. */
    public static final String RASA_VERSION = "3.6.21";

    private static final Logger LOG = Logger.getLogger(RemoteActionExecutor.class);

    private final EndpointConfig endpoint;
    private final String fallbackText;
    private final boolean compress;
    private final HttpClient http;

    /**
     * @param fallbackText the reply sent in place of a failed action that replies to the user,
     *     or null or empty to send none
     * @param compress whether to deflate request bodies, as Rasa does when the environment
     *     variable {@code COMPRESS_ACTION_SERVER_REQUEST} is {@code true}
     */
    public RemoteActionExecutor(EndpointConfig endpoint, String fallbackText, boolean compress) {
        if (endpoint.url() == null || endpoint.url().isBlank()) {
            throw new IllegalArgumentException("action_endpoint in endpoints.yml has no url");
        }
        this.endpoint = endpoint;
        this.fallbackText = fallbackText == null || fallbackText.isEmpty() ? null : fallbackText;
        this.compress = compress;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout())
                .build();
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public ActionResult run(String actionName, DialogueStateTracker tracker,
            ActionContext context) {
        ActionServerRequest request = request(actionName, tracker);
        try {
            ActionServerResponse response = call(request);
            List<Event> events = new ArrayList<>(
                    BotUtterances.fromResponses(response.responses(), tracker, context));
            events.addAll(events(response, context.now()));
            LOG.debugf("action.remote sender=%s action=%s events=%d",
                    LogText.of(tracker.senderId()),
                    actionName, events.size());
            return ActionResult.of(events);
        } catch (ActionRejectedException e) {
            LOG.debugf("action.remote sender=%s action=%s rejected: %s",
                    LogText.of(tracker.senderId()), actionName,
                    LogText.of(e.getMessage(), LogText.MAX_MESSAGE_CHARS));
            return ActionResult.rejection();
        } catch (ActionCallException e) {
            LOG.warnf("custom action %s for sender %s failed: %s; the action is logged"
                    + " without events", actionName, LogText.of(tracker.senderId()),
                    LogText.of(e.getMessage(), LogText.MAX_MESSAGE_CHARS));
            return fallback(actionName, context);
        }
    }

    ActionServerRequest request(String actionName, DialogueStateTracker tracker) {
        Domain domain = tracker.domain();
        boolean sendDomain = !endpoint.enableSelectiveDomain()
                || domain.sendDomainActions().contains(actionName);
        ObjectNode domainJson = sendDomain ? domain.json() : null;
        return ActionServerRequest.of(actionName, tracker.senderId(), RASA_VERSION,
                tracker.currentState(EventVerbosity.ALL), domainJson);
    }

    private ActionServerResponse call(ActionServerRequest request)
            throws ActionCallException, ActionRejectedException {
        HttpResponse<String> response = send(request);
        int status = response.statusCode();
        if (status == 400) {
            throw readRejection(response.body());
        }
        if (status >= 300) {
            throw new ActionCallException("the action server returned HTTP " + status);
        }
        try {
            return ActionServerResponse.fromJson(Json.MAPPER.readTree(response.body()));
        } catch (JsonProcessingException e) {
            throw new ActionCallException("the action server returned HTTP " + status
                    + " with a body that is not valid JSON");
        } catch (IllegalArgumentException e) {
            throw new ActionCallException("the action server returned HTTP " + status
                    + " with an invalid body: " + e.getMessage());
        }
    }

    private HttpResponse<String> send(ActionServerRequest request) throws ActionCallException {
        try {
            return http.send(httpRequest(request), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ActionCallException("timed out: no reply from " + endpoint.url()
                    + " within " + endpoint.timeoutSeconds() + " s");
        } catch (ConnectException e) {
            throw new ActionCallException("could not connect to " + endpoint.url());
        } catch (IOException e) {
            throw new ActionCallException("the call to " + endpoint.url() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ActionCallException("the call to " + endpoint.url() + " was interrupted");
        }
    }

    private HttpRequest httpRequest(ActionServerRequest request) {
        byte[] body = request.toJson().toString().getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri())
                .timeout(timeout())
                .header("Content-Type", "application/json");
        if (compress) {
            body = deflate(body);
            builder.header("Content-Encoding", "deflate");
        }
        endpoint.headers().forEach(builder::header);
        if (endpoint.basicAuthUser() != null) {
            String credentials = endpoint.basicAuthUser() + ":"
                    + (endpoint.basicAuthPassword() == null ? "" : endpoint.basicAuthPassword());
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private URI uri() {
        String url = endpoint.url();
        if (endpoint.token() != null) {
            url += (url.contains("?") ? "&" : "?")
                    + URLEncoder.encode(endpoint.tokenName(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(endpoint.token(), StandardCharsets.UTF_8);
        }
        return URI.create(url);
    }

    private Duration timeout() {
        return Duration.ofMillis(Math.max(1, Math.round(endpoint.timeoutSeconds() * 1000)));
    }

    /**
     * Reads a 400 body: one naming {@code action_name} rejects the action, as in Rasa; any
     * other body is returned as a failure.
     */
    private static ActionCallException readRejection(String body)
            throws ActionRejectedException {
        try {
            JsonNode json = Json.MAPPER.readTree(body);
            String action = Json.text(json, "action_name");
            if (action != null) {
                String error = Json.text(json, "error");
                throw new ActionRejectedException(error != null ? error
                        : "Custom action '" + action + "' rejected to run");
            }
        } catch (JsonProcessingException e) {
            // Not JSON: a failure like any other 4xx.
        }
        return new ActionCallException("the action server returned HTTP 400 without an"
                + " action_name");
    }

    /**
     * Validates the reply's events against Rasa's event schema and wraps them. Unlike
     * {@link EventValidator}, which skips unknown types, an unknown type fails the call, as Rasa
     * fails to deserialise it.
     */
    private static List<Event> events(ActionServerResponse response, double now)
            throws ActionCallException {
        List<ObjectNode> items = response.events();
        for (int i = 0; i < items.size(); i++) {
            JsonNode type = items.get(i).get("event");
            if (type != null && type.isTextual()
                    && !EventValidator.KNOWN_TYPES.contains(type.textValue())) {
                throw new ActionCallException("event " + i + " has the unknown type '"
                        + abbreviate(type.textValue()) + "'");
            }
        }
        try {
            EventValidator.validate(Json.valueOf(items));
        } catch (EventValidator.InvalidEventException e) {
            throw new ActionCallException("the reply's events are invalid: "
                    + e.getMessage().replaceAll("\\.$", ""));
        }
        return items.stream().map(item -> Event.fromJson(item, now)).toList();
    }

    private ActionResult fallback(String actionName, ActionContext context) {
        if (fallbackText == null || !answersUser(actionName)) {
            return ActionResult.none();
        }
        ObjectNode message = Json.object().put("text", fallbackText);
        return ActionResult.of(List.of(ResponseRenderer.toEvent(null, message, Map.of(),
                context.now())));
    }

    /**
     * Returns whether a failed {@code actionName} should be replaced by the fallback reply. That
     * is every custom action except session starts and validation actions, because the user
     * does not wait for a message from those.
     */
    static boolean answersUser(String actionName) {
        return !actionName.equals("action_session_start")
                && !actionName.startsWith("validate_")
                && !actionName.equals("action_validate_slot_mappings");
    }

    private static byte[] deflate(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
            deflater.write(body);
        } catch (IOException e) {
            throw new IllegalStateException("deflating in memory failed", e);
        }
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** A call that failed in a way Rasa treats as an error rather than a rejection. */
    static final class ActionCallException extends Exception {
        ActionCallException(String message) {
            super(message);
        }
    }

    /** A 400 reply naming the action: Rasa's {@code ActionExecutionRejection}. */
    static final class ActionRejectedException extends Exception {
        ActionRejectedException(String message) {
            super(message);
        }
    }
}
