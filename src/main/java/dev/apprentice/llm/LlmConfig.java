package dev.apprentice.llm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Settings under {@code apprentice.llm.*}, each also an environment variable such as
 * {@code APPRENTICE_LLM_PROVIDER}. With the provider {@code none} no text leaves the process and
 * the embedded engine does every job.
 */
@ConfigMapping(prefix = "apprentice.llm")
public interface LlmConfig {

    /** The wire protocols a language model can be reached with. */
    enum Provider {
        /** No language model: the embedded engine does every job. */
        NONE,
        /** Any server with OpenAI's {@code /v1/chat/completions} (OpenAI, vLLM, llama.cpp). */
        OPENAI,
        /** Ollama's {@code /api/chat}. */
        OLLAMA
    }

    /** none, openai or ollama. */
    @WithDefault("none")
    Provider provider();

    /**
     * The server's base URL, for example {@code http://localhost:11434} for Ollama or
     * {@code http://localhost:8000/v1} for vLLM. Required unless the provider is none.
     */
    Optional<String> baseUrl();

    /** The model name the server knows, for example {@code llama3.1:8b}. Required with one. */
    Optional<String> model();

    /** The bearer key of an OpenAI-compatible server; local servers usually need none. */
    Optional<String> apiKey();

    /** How long one request may take before its job falls back to the embedded engine. */
    @WithDefault("20s")
    Duration timeout();

    /** The maximum number of tokens the model may generate per request. */
    @WithDefault("400")
    int maxTokens();

    /** The sampling temperature; 0 makes the structured answers as repeatable as possible. */
    @WithDefault("0.0")
    double temperature();

    /** The pause before the one retry after a 429 or 5xx status. */
    @WithDefault("500ms")
    Duration retryBackoff();

    /**
     * The time every job skips the model after a timeout, a failed connection or a 5xx that
     * survived its retry. Zero turns the circuit breaker off.
     */
    @WithDefault("30s")
    Duration cooldown();

    /** How many earlier user and bot messages of the conversation go with an open question. */
    @WithDefault("8")
    int memoryMessages();
}
