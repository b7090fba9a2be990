package dev.apprentice.llm;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** A configuration pointing at a stub server, for tests that build the client without Quarkus. */
record StubConfig(Provider provider, String url, Duration timeout, Optional<String> apiKey)
        implements LlmConfig {

    StubConfig(Provider provider, String url, Duration timeout) {
        this(provider, url, timeout, Optional.empty());
    }

    @Override
    public Optional<String> baseUrl() {
        return Optional.of(url);
    }

    @Override
    public Optional<String> model() {
        return Optional.of("stub-model");
    }

    @Override
    public int maxTokens() {
        return 100;
    }

    @Override
    public double temperature() {
        return 0;
    }

    @Override
    public Duration retryBackoff() {
        return Duration.ofMillis(10);
    }

    @Override
    public Duration cooldown() {
        return Duration.ofSeconds(30);
    }

    @Override
    public int memoryMessages() {
        return 8;
    }

    /** Returns the client that the producer builds for this configuration. */
    LlmClient client() {
        return new LlmProducers().llmClient(this);
    }

    /** Returns that client with its circuit breaker reading {@code clock}. */
    LlmClient client(Clock clock) {
        return LlmProducers.client(this, clock);
    }
}
