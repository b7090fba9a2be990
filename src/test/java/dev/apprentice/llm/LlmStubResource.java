package dev.apprentice.llm;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts the stub language model before the application, points {@code apprentice.llm.*} at it
 * with the OpenAI wire format, and injects it into the test's {@link LlmStub} field.
 */
public class LlmStubResource implements QuarkusTestResourceLifecycleManager {

    private LlmStub stub;

    @Override
    public Map<String, String> start() {
        stub = LlmStub.start();
        return Map.of(
                "apprentice.llm.provider", "openai",
                "apprentice.llm.base-url", stub.openAiBaseUrl(),
                "apprentice.llm.model", "stub-model",
                "apprentice.llm.timeout", "2s",
                "apprentice.llm.retry-backoff", "20ms",
                // Each test scripts its own faults, so one test's timeout must not open the
                // circuit breaker for the next.
                "apprentice.llm.cooldown", "0s");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(stub, new TestInjector.MatchesType(LlmStub.class));
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.close();
        }
    }
}
