package dev.apprentice.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Builds the LangChain4j chat model named by {@code apprentice.llm.*} and the {@link LlmClient}
 * every job uses. The models are built with no retries of their own, because the client retries
 * once itself and counts the fallbacks.
 */
public class LlmProducers {

    private static final Logger LOG = Logger.getLogger(LlmProducers.class);
    /** About 8 characters per token leaves room for JSON punctuation. */
    private static final int CHARS_PER_TOKEN = 8;

    @Produces
    @Singleton
    LlmClient llmClient(LlmConfig config) {
        return client(config, Clock.systemUTC());
    }

    /** Returns the client of the configuration, whose circuit breaker reads {@code clock}. */
    static LlmClient client(LlmConfig config, Clock clock) {
        ChatModel model = chatModel(config);
        if (model == null) {
            LOG.info("no language model configured (apprentice.llm.provider=none); the embedded"
                    + " engine does every job");
            return LlmClient.disabled();
        }
        LOG.infof("language model %s at %s (provider %s, timeout %s)", config.model().get(),
                config.baseUrl().get(), config.provider().name().toLowerCase(),
                config.timeout());
        return new LlmClient(model, new Redactor(), config.timeout(), config.retryBackoff(),
                config.maxTokens() * CHARS_PER_TOKEN, config.cooldown(), clock);
    }

    /** Returns the chat model of the configuration, or null for the provider none. */
    static ChatModel chatModel(LlmConfig config) {
        return switch (config.provider()) {
            case NONE -> null;
            case OPENAI -> OpenAiChatModel.builder()
                    .baseUrl(required(config.baseUrl().orElse(null), "base-url"))
                    .modelName(required(config.model().orElse(null), "model"))
                    // LangChain4j 1.11 sends no Authorization header when the key is null.
                    .apiKey(config.apiKey().filter(key -> !key.isBlank()).orElse(null))
                    .timeout(config.timeout())
                    .maxTokens(config.maxTokens())
                    .temperature(config.temperature())
                    .maxRetries(0)
                    .build();
            case OLLAMA -> OllamaChatModel.builder()
                    .baseUrl(required(config.baseUrl().orElse(null), "base-url"))
                    .modelName(required(config.model().orElse(null), "model"))
                    .timeout(config.timeout())
                    .numPredict(config.maxTokens())
                    .temperature(config.temperature())
                    .responseFormat(ResponseFormat.JSON)
                    .maxRetries(0)
                    .build();
        };
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("apprentice.llm." + key + " is missing; set it"
                    + " (or APPRENTICE_LLM_" + key.toUpperCase().replace('-', '_')
                    + ") or set apprentice.llm.provider=none");
        }
        return value;
    }
}
