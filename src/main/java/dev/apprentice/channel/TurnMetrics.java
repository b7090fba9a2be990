package dev.apprentice.channel;

import dev.apprentice.processor.TurnResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Counts turns per channel and intent, and times them, for {@code /q/metrics}. Intent names come
 * from the domain, so the number of series stays bounded.
 */
@ApplicationScoped
public class TurnMetrics {

    private final MeterRegistry registry;

    public TurnMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(String channel, TurnResult result, long nanos) {
        String intent = result.tracker().latestIntent();
        Counter.builder("apprentice.turns")
                .description("User messages handled, by channel and by the intent understood")
                .tag("channel", channel).tag("intent", intent == null ? "none" : intent)
                .register(registry).increment();
        Timer.builder("apprentice.turn.latency")
                .description("Time from a user message to the bot's replies")
                .tag("channel", channel)
                .publishPercentiles(0.5, 0.99).register(registry)
                .record(Duration.ofNanos(nanos));
    }
}
