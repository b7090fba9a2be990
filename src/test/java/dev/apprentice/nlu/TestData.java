package dev.apprentice.nlu;

import dev.apprentice.domain.Domain;
import dev.apprentice.domain.EntityType;
import dev.apprentice.domain.Intent;
import dev.apprentice.json.Json;
import dev.apprentice.project.BotConfig;
import dev.apprentice.training.ExampleEntity;
import dev.apprentice.training.NluExample;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builders of small domains, examples and configs for NLU tests. */
final class TestData {

    private TestData() {
    }

    static Domain domain(List<Intent> intents, String... entities) {
        return new Domain(intents, List.of(entities).stream().map(EntityType::named).toList(),
                Map.of(), Map.of(), List.of(), Set.of(), Map.of(), null, false, Json.object());
    }

    static Domain domain(List<String> intents, List<String> entities) {
        return domain(intents.stream().map(Intent::named).toList(),
                entities.toArray(String[]::new));
    }

    static NluExample example(String intent, String text) {
        return new NluExample(intent, text, List.of(), "test");
    }

    /** An example whose entity annotates the first occurrence of {@code value} in the text. */
    static NluExample example(String intent, String text, String value, String entity) {
        int charStart = text.indexOf(value);
        int start = text.codePointCount(0, charStart);
        int end = start + value.codePointCount(0, value.length());
        return new NluExample(intent, text,
                List.of(new ExampleEntity(start, end, value, entity, value, null, null)), "test");
    }

    static BotConfig fallbackConfig(double threshold, double ambiguityThreshold) {
        BotConfig base = BotConfig.DEFAULT;
        return new BotConfig(base.assistantId(), base.language(), true, threshold,
                ambiguityThreshold, base.maxHistory(), base.coreFallbackThreshold(),
                base.coreFallbackAction(), base.restrictRules(), base.pipeline(),
                base.policies());
    }
}
