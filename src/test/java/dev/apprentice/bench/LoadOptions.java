package dev.apprentice.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Command-line options of {@link WebhookLoad}. Every value is bounded so that a typing mistake
 * cannot start an open-ended load.
 *
 * @param baseUrl the server to load, without the webhook path
 * @param senders the number of concurrent senders, 1 to {@value #MAX_SENDERS}
 * @param duration how long to measure after the warm-up; ignored when {@code turnsPerSender} is set
 * @param turnsPerSender measured turns per sender, 0 to stop after {@code duration} instead
 * @param warmup how long to send unmeasured turns before measuring
 * @param requestTimeout the timeout of one webhook request
 */
record LoadOptions(
        URI baseUrl,
        int senders,
        Duration duration,
        int turnsPerSender,
        Duration warmup,
        Duration requestTimeout) {

    static final String DEFAULT_URL = "http://127.0.0.1:5005";
    static final int MAX_SENDERS = 256;
    static final int MAX_TURNS_PER_SENDER = 100_000;
    static final Duration MAX_DURATION = Duration.ofMinutes(10);

    static final String USAGE = String.join("\n",
            "usage: WebhookLoad [--url URL] [--senders N] [--duration SECONDS | --turns N]",
            "                   [--warmup SECONDS] [--timeout SECONDS]",
            "  --url       server base URL (default " + DEFAULT_URL + ")",
            "  --senders   concurrent senders, 1 to " + MAX_SENDERS + " (default 1)",
            "  --duration  seconds to measure after the warm-up, 1 to 600 (default 20)",
            "  --turns     measured turns per sender instead of a duration, 1 to "
                    + MAX_TURNS_PER_SENDER,
            "  --warmup    seconds of unmeasured turns first, 0 to 600 (default 5)",
            "  --timeout   seconds before one request counts as failed, 1 to 600 (default 30)");

    /**
     * Parses {@code --name value} pairs.
     *
     * @throws IllegalArgumentException on an unknown option, a missing or invalid value, or a
     *     value out of bounds. The message names the option.
     */
    static LoadOptions parse(String... args) {
        URI url = URI.create(DEFAULT_URL);
        int senders = 1;
        int turns = 0;
        long durationSeconds = 20;
        long warmupSeconds = 5;
        long timeoutSeconds = 30;
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name);
            }
            String value = args[i + 1];
            switch (name) {
                case "--url" -> url = parseUrl(value);
                case "--senders" -> senders = (int) parseBounded(name, value, 1, MAX_SENDERS);
                case "--turns" -> turns = (int) parseBounded(name, value, 1, MAX_TURNS_PER_SENDER);
                case "--duration" -> durationSeconds = parseSeconds(name, value, 1);
                case "--warmup" -> warmupSeconds = parseSeconds(name, value, 0);
                case "--timeout" -> timeoutSeconds = parseSeconds(name, value, 1);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new LoadOptions(url, senders, Duration.ofSeconds(durationSeconds), turns,
                Duration.ofSeconds(warmupSeconds), Duration.ofSeconds(timeoutSeconds));
    }

    /** Returns the REST channel's webhook address under {@link #baseUrl}. */
    URI webhook() {
        String base = baseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/webhooks/rest/webhook");
    }

    private static URI parseUrl(String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid --url " + value + ": " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "invalid --url " + value + ": expected http://host:port or https://host:port");
        }
        return uri;
    }

    private static long parseSeconds(String name, String value, long min) {
        return parseBounded(name, value, min, MAX_DURATION.toSeconds());
    }

    private static long parseBounded(String name, String value, long min, long max) {
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid " + name + " " + value + ": not a number");
        }
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException(
                    "invalid " + name + " " + value + ": expected " + min + " to " + max);
        }
        return parsed;
    }
}
