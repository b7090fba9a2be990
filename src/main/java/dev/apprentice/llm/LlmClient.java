package dev.apprentice.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Sends one job's messages to the configured chat model and returns the parsed reply, or empty
 * when the job must fall back to the embedded engine. Every message is redacted before it is
 * sent. A 429 or 5xx status is retried once after {@code retryBackoff}; a timeout is not,
 * because a second wait would double the delay of the user's turn. Each fallback logs one WARN
 * with the job and the {@link Failure}, never the text. A timeout, a failed connection and a
 * 5xx that survives its retry open a circuit breaker: for {@code cooldown} after it, every job
 * falls back at once with {@link Failure#CIRCUIT_OPEN}, so a broken server does not add its
 * timeout to each job of each turn. Calls after the cool-down try the server again.
 * Thread-safe.
 */
public final class LlmClient {

    private static final Logger LOG = Logger.getLogger(LlmClient.class);
    /** The extra time a request gets beyond the HTTP timeout before it is abandoned. */
    private static final long GRACE_MILLIS = 250;

    /** Turns a reply's text into a job's result, or raises why it cannot. */
    @FunctionalInterface
    public interface ReplyParser<T> {
        T parse(String reply) throws InvalidReplyException;
    }

    private final ChatModel model;
    private final Redactor redactor;
    private final Duration timeout;
    private final Duration backoff;
    private final int maxReplyChars;
    private final Duration cooldown;
    private final Clock clock;
    private final ExecutorService requests;
    private final AtomicReference<Instant> openUntil = new AtomicReference<>(Instant.MIN);
    private final Map<Failure, AtomicLong> failures = new EnumMap<>(Failure.class);

    /**
     * @param model the chat model, or null for a client that is disabled
     * @param maxReplyChars replies longer than this are treated as runaway
     * @param cooldown how long the circuit breaker stays open; zero turns it off
     * @param clock the time source of the circuit breaker
     */
    public LlmClient(ChatModel model, Redactor redactor, Duration timeout, Duration backoff,
            int maxReplyChars, Duration cooldown, Clock clock) {
        this.model = model;
        this.cooldown = cooldown;
        this.clock = clock;
        this.redactor = redactor;
        this.timeout = timeout;
        this.backoff = backoff;
        this.maxReplyChars = maxReplyChars;
        this.requests = model == null ? null : Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "llm-request");
            thread.setDaemon(true);
            return thread;
        });
        for (Failure failure : Failure.values()) {
            failures.put(failure, new AtomicLong());
        }
    }

    /** A client that sends nothing, for the provider {@code none}. */
    public static LlmClient disabled() {
        return new LlmClient(null, new Redactor(), Duration.ZERO, Duration.ZERO, 0,
                Duration.ZERO, Clock.systemUTC());
    }

    public boolean enabled() {
        return model != null;
    }

    /**
     * Returns whether {@code part}, cut from the user's {@code text}, is or lies inside personal
     * data that redaction would remove. A job whose fields include such a part must not be
     * sent, because redacting each field alone does not catch a fragment.
     */
    public boolean isPersonalData(String text, String part) {
        return redactor.hides(text, part);
    }

    /** Returns how often {@code failure} made a job fall back since start. */
    public long failures(Failure failure) {
        return failures.get(failure).get();
    }

    /**
     * Sends {@code messages} for {@code job} and parses the reply. Returns empty when the
     * client is disabled, the circuit breaker is open, or the request or the reply failed; the
     * reason is logged.
     */
    public <T> Optional<T> ask(String job, List<ChatMessage> messages, ReplyParser<T> parser) {
        if (model == null) {
            return Optional.empty();
        }
        if (clock.instant().isBefore(openUntil.get())) {
            long count = failures.get(Failure.CIRCUIT_OPEN).incrementAndGet();
            LOG.debugf("llm.fallback job=%s reason=%s until=%s count=%d", job,
                    Failure.CIRCUIT_OPEN, openUntil.get(), count);
            return Optional.empty();
        }
        List<ChatMessage> redacted = messages.stream().map(this::redact).toList();
        try {
            String reply = replyText(call(redacted));
            return Optional.of(parser.parse(reply));
        } catch (InvalidReplyException e) {
            return fallBack(job, e.failure(), e.getMessage());
        } catch (RequestException e) {
            if (e.opensCircuit()) {
                openCircuit(e.failure);
            }
            return fallBack(job, e.failure, e.getMessage());
        }
    }

    private void openCircuit(Failure cause) {
        Instant now = clock.instant();
        Instant previous = openUntil.getAndSet(now.plus(cooldown));
        if (!cooldown.isZero() && !previous.isAfter(now)) {
            LOG.warnf("llm.circuit_open reason=%s cooldown=%s; every job uses the embedded"
                    + " engine until the cool-down ends", cause, cooldown);
        }
    }

    private ChatResponse call(List<ChatMessage> messages) throws RequestException {
        try {
            return callOnce(messages);
        } catch (RequestException e) {
            if (e.failure != Failure.RATE_LIMITED && e.failure != Failure.SERVER_ERROR) {
                throw e;
            }
            LOG.debugf("llm.retry reason=%s backoff=%s", e.failure, backoff);
            sleep(backoff);
            return callOnce(messages);
        }
    }

    private ChatResponse callOnce(List<ChatMessage> messages) throws RequestException {
        Future<ChatResponse> future = requests.submit(() -> model.chat(messages));
        try {
            return future.get(timeout.toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            future.cancel(true);
            throw new RequestException(Failure.TIMEOUT, "no reply within " + timeout);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new RequestException(Failure.TIMEOUT, "interrupted while waiting");
        } catch (ExecutionException e) {
            throw classify(e.getCause());
        }
    }

    private String replyText(ChatResponse response) throws InvalidReplyException {
        AiMessage message = response == null ? null : response.aiMessage();
        String text = message == null ? null : message.text();
        if (response != null && response.finishReason() == FinishReason.LENGTH) {
            throw new InvalidReplyException(Failure.RUNAWAY, "reply cut off at the token limit");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidReplyException(Failure.EMPTY, "reply has no text");
        }
        if (text.length() > maxReplyChars) {
            throw new InvalidReplyException(Failure.RUNAWAY, "reply has " + text.length()
                    + " characters, more than " + maxReplyChars);
        }
        return text;
    }

    static RequestException classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RateLimitException) {
                return new RequestException(Failure.RATE_LIMITED, "status 429");
            }
            if (t instanceof InternalServerException) {
                return new RequestException(Failure.SERVER_ERROR, "status 5xx");
            }
            if (t instanceof HttpException http) {
                return fromStatus(http.statusCode());
            }
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException
                    || t instanceof dev.langchain4j.exception.TimeoutException) {
                return new RequestException(Failure.TIMEOUT, "request timed out");
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException
                    || t instanceof UnresolvedAddressException) {
                return new RequestException(Failure.REQUEST_FAILED, "connection failed ("
                        + t.getClass().getSimpleName() + ")", true);
            }
        }
        return new RequestException(Failure.REQUEST_FAILED, describe(error));
    }

    /**
     * Describes a failed request by the types in its cause chain. Their messages are left out,
     * because a parser's message can quote the body, and the body can echo user text.
     */
    private static String describe(Throwable error) {
        if (error == null) {
            return "unknown error";
        }
        Throwable root = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException) {
                return "reply body is not valid JSON (" + t.getClass().getSimpleName() + ")";
            }
            root = t;
        }
        String type = error.getClass().getSimpleName();
        return root == error ? type : type + " caused by " + root.getClass().getSimpleName();
    }

    private static RequestException fromStatus(int status) {
        if (status == 429) {
            return new RequestException(Failure.RATE_LIMITED, "status 429");
        }
        Failure failure = status >= 500 ? Failure.SERVER_ERROR : Failure.REQUEST_FAILED;
        return new RequestException(failure, "status " + status);
    }

    private <T> Optional<T> fallBack(String job, Failure failure, String detail) {
        long count = failures.get(failure).incrementAndGet();
        LOG.warnf("llm.fallback job=%s reason=%s detail=\"%s\" count=%d; the embedded engine"
                + " does this step", job, failure, detail, count);
        return Optional.empty();
    }

    private ChatMessage redact(ChatMessage message) {
        if (message instanceof SystemMessage system) {
            return SystemMessage.from(redactor.redact(system.text()));
        }
        if (message instanceof UserMessage user && user.hasSingleText()) {
            return UserMessage.from(redactor.redact(user.singleText()));
        }
        if (message instanceof AiMessage ai && !ai.hasToolExecutionRequests()) {
            return AiMessage.from(redactor.redact(ai.text()));
        }
        if (message instanceof ToolExecutionResultMessage result) {
            return ToolExecutionResultMessage.from(result.id(), result.toolName(),
                    redactor.redact(result.text()));
        }
        return message;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A request that failed before any reply text arrived. */
    static final class RequestException extends Exception {

        final Failure failure;
        private final boolean unreachable;

        RequestException(Failure failure, String message) {
            this(failure, message, false);
        }

        RequestException(Failure failure, String message, boolean unreachable) {
            super(message, null, false, false);
            this.failure = failure;
            this.unreachable = unreachable;
        }

        /** Returns whether the server looks down, so that further calls would fail too. */
        boolean opensCircuit() {
            return unreachable || failure == Failure.TIMEOUT || failure == Failure.SERVER_ERROR;
        }
    }
}
