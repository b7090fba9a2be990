package dev.apprentice.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionsConfigTest {

    private static ActionsConfig load(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(ActionsConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        return config.getConfigMapping(ActionsConfig.class);
    }

    @Test
    void fallback_defaults_to_apology() {
        assertThat(load(Map.of()).fallbackResponse()).get().asString().startsWith("Sorry");
    }

    @Test
    void empty_fallback_disables_it() {
        assertThat(load(Map.of("apprentice.actions.fallback-response", "")).fallbackResponse())
                .isEmpty();
    }

    @Test
    void fallback_can_be_replaced() {
        assertThat(load(Map.of("apprentice.actions.fallback-response", "Oops.")).fallbackResponse())
                .contains("Oops.");
    }
}
