package dev.apprentice.llm;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The default bot with a language model: the stub that {@link LlmStubResource} starts. An
 * assistant never asks which intent was meant here, so that a message NLU cannot place reaches
 * the fallback action, where open questions are answered.
 */
public class LlmProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("apprentice.clarify.assistant.uncertain-intent", "1.1");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(LlmStubResource.class));
    }
}
