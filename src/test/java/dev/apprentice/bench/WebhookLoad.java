package dev.apprentice.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Load client for the REST channel ({@code POST /webhooks/rest/webhook}). Each sender runs on
 * its own thread and replays {@link #CONVERSATION} in a loop, one request at a time, under a
 * fresh conversation id per round: the ticket form keeps its slots, so a reused id would skip
 * the form from the second round on. Turns sent during the warm-up are not measured.
 *
 * <p>Prints one {@code name=value} line per figure on standard output: {@code url},
 * {@code senders}, {@code warmup_s}, {@code measured_s}, {@code turns} (measured successful
 * turns), {@code errors} (non-200 status, a body that is not a JSON array, timeout or I/O
 * failure), {@code empty_replies} (turns whose reply is {@code []}), {@code turns_per_s} and
 * {@code latency_p50_ms}, {@code latency_p90_ms}, {@code latency_p99_ms},
 * {@code latency_max_ms} over the successful turns. Exits with 2 on invalid options and 1 when
 * no turn succeeded.
 */
public final class WebhookLoad {

    /** A conversation with the default bot: VPN trouble, the self-help fails, a ticket is filed. */
    static final List<String> CONVERSATION = List.of(
            "hi",
            "my VPN keeps disconnecting since this morning",
            "no, still broken",
            "yes please",
            "the VPN drops every time I join a video call",
            "high",
            "yes",
            "thanks, bye");

    private final LoadOptions options;

    WebhookLoad(LoadOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws InterruptedException {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(LoadOptions.USAGE);
            return;
        }
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("WebhookLoad: " + e.getMessage());
            System.err.println(LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        Result result = new WebhookLoad(options).run();
        result.print(System.out);
        System.exit(result.stats().count() == 0 ? 1 : 0);
    }

    /** Runs the warm-up and the measured load, and returns when every sender has stopped. */
    Result run() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.requestTimeout())
                .build();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        long measureFrom = System.nanoTime() + options.warmup().toNanos();
        // With a turn count the duration still caps the run, at the maximum a duration may have.
        long measuredNanos = options.turnsPerSender() > 0
                ? LoadOptions.MAX_DURATION.toNanos()
                : options.duration().toNanos();
        List<Sender> senders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < options.senders(); i++) {
            Sender sender = new Sender(client, "bench-" + runId + "-s" + i, measureFrom,
                    measureFrom + measuredNanos);
            senders.add(sender);
            threads.add(new Thread(sender, "webhook-load-" + i));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        return Result.of(options, measureFrom, senders);
    }

    /** Figures of one run, merged over all senders. */
    record Result(
            LoadOptions options,
            double measuredSeconds,
            int errors,
            int emptyReplies,
            LatencyStats stats,
            String firstError) {

        static Result of(LoadOptions options, long measureFrom, List<Sender> senders) {
            long lastEnd = measureFrom;
            int errors = 0;
            int empty = 0;
            long[] latencies = new long[0];
            String firstError = null;
            for (Sender sender : senders) {
                lastEnd = Math.max(lastEnd, sender.lastEndNanos);
                errors += sender.errors;
                empty += sender.emptyReplies;
                latencies = concat(latencies, sender.latencies());
                firstError = firstError != null ? firstError : sender.firstError;
            }
            double seconds = (lastEnd - measureFrom) / 1e9;
            return new Result(options, seconds, errors, empty, new LatencyStats(latencies),
                    firstError);
        }

        double turnsPerSecond() {
            return measuredSeconds > 0 ? stats.count() / measuredSeconds : 0;
        }

        void print(PrintStream out) {
            out.println("url=" + options.baseUrl());
            out.println("senders=" + options.senders());
            out.println("warmup_s=" + options.warmup().toSeconds());
            out.println(format("measured_s=%.2f", measuredSeconds));
            out.println("turns=" + stats.count());
            out.println("errors=" + errors);
            out.println("empty_replies=" + emptyReplies);
            out.println(format("turns_per_s=%.1f", turnsPerSecond()));
            out.println(format("latency_p50_ms=%.2f", stats.percentile(50) / 1e6));
            out.println(format("latency_p90_ms=%.2f", stats.percentile(90) / 1e6));
            out.println(format("latency_p99_ms=%.2f", stats.percentile(99) / 1e6));
            out.println(format("latency_max_ms=%.2f", stats.max() / 1e6));
            if (firstError != null) {
                System.err.println("WebhookLoad: first error: " + firstError);
            }
        }

        private static String format(String pattern, double value) {
            return String.format(Locale.ROOT, pattern, value);
        }

        private static long[] concat(long[] first, long[] second) {
            long[] all = Arrays.copyOf(first, first.length + second.length);
            System.arraycopy(second, 0, all, first.length, second.length);
            return all;
        }
    }

    /** How one webhook request ended. */
    enum Outcome {
        MESSAGES,
        EMPTY,
        FAILED
    }

    /** One sender: replays the conversation until the deadline or its turn count. */
    final class Sender implements Runnable {

        private final HttpClient client;
        private final String senderPrefix;
        private final long measureFrom;
        private final long stopAt;
        private long[] latencyNanos = new long[1024];
        private int latencyCount;
        private int measuredTurns;
        private int errors;
        private int emptyReplies;
        private long lastEndNanos;
        private String firstError;
        private String lastFailure;

        Sender(HttpClient client, String senderPrefix, long measureFrom, long stopAt) {
            this.client = client;
            this.senderPrefix = senderPrefix;
            this.measureFrom = measureFrom;
            this.stopAt = stopAt;
        }

        @Override
        public void run() {
            for (int round = 0; !isDone(); round++) {
                String conversationId = senderPrefix + "-r" + round;
                for (String text : CONVERSATION) {
                    if (isDone() || Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    sendTurn(conversationId, text);
                }
            }
        }

        private boolean isDone() {
            int limit = options.turnsPerSender();
            return System.nanoTime() >= stopAt || (limit > 0 && measuredTurns >= limit);
        }

        private void sendTurn(String conversationId, String text) {
            long begin = System.nanoTime();
            Outcome outcome = send(conversationId, text);
            long end = System.nanoTime();
            if (begin < measureFrom) {
                return;
            }
            measuredTurns++;
            lastEndNanos = end;
            if (outcome == Outcome.FAILED) {
                errors++;
                if (firstError == null) {
                    firstError = lastFailure + " (conversation " + conversationId + ")";
                }
                return;
            }
            recordLatency(end - begin);
            if (outcome == Outcome.EMPTY) {
                emptyReplies++;
            }
        }

        /** Sends one message. On {@link Outcome#FAILED} the reason is in {@link #lastFailure}. */
        private Outcome send(String conversationId, String text) {
            HttpRequest request = HttpRequest.newBuilder(options.webhook())
                    .timeout(options.requestTimeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(conversationId, text)))
                    .build();
            try {
                HttpResponse<String> response =
                        client.send(request, HttpResponse.BodyHandlers.ofString());
                return checkReply(response);
            } catch (IOException e) {
                return fail(e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail("interrupted");
            }
        }

        private Outcome checkReply(HttpResponse<String> response) {
            if (response.statusCode() != 200) {
                return fail("HTTP status " + response.statusCode());
            }
            String reply = response.body().strip();
            if (!reply.startsWith("[")) {
                return fail("reply is not a JSON array");
            }
            return reply.replaceAll("\\s", "").equals("[]") ? Outcome.EMPTY : Outcome.MESSAGES;
        }

        private Outcome fail(String reason) {
            lastFailure = reason;
            return Outcome.FAILED;
        }

        private void recordLatency(long nanos) {
            if (latencyCount == latencyNanos.length) {
                latencyNanos = Arrays.copyOf(latencyNanos, latencyCount * 2);
            }
            latencyNanos[latencyCount++] = nanos;
        }

        long[] latencies() {
            return Arrays.copyOf(latencyNanos, latencyCount);
        }
    }

    /** Returns the webhook request body for one user message. */
    static String body(String sender, String message) {
        return "{\"sender\":" + jsonString(sender) + ",\"message\":" + jsonString(message)
                + ",\"metadata\":{\"source\":\"bench\"}}";
    }

    /** Returns {@code value} as a JSON string literal. */
    static String jsonString(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : c);
            }
        }
        return out.append('"').toString();
    }
}
