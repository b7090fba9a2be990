package dev.apprentice.channel;

import dev.apprentice.processor.TurnResult;
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
        registry.counter("apprentice.turns", "channel", channel,
                "intent", intent == null ? "none" : intent).increment();
        Timer.builder("apprentice.turn.latency").tag("channel", channel)
                .publishPercentiles(0.5, 0.99).register(registry)
                .record(Duration.ofNanos(nanos));
    }
}
