package dev.apprentice.nlg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.domain.Domain;
import dev.apprentice.domain.ResponseVariation;
import dev.apprentice.domain.SessionConfig;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VariationScoresTest {

    private static final List<ResponseVariation> THREE = List.of(
            variation("first"), variation("second"), variation("third"));

    @Test
    void unscored_variations_are_all_sent() {
        ResponseRenderer renderer = renderer(VariationScores.NONE);

        assertThat(textsOf(renderer, 60)).containsExactlyInAnyOrder("first", "second", "third");
    }

    @Test
    void low_scored_variation_is_not_sent() {
        ResponseRenderer renderer = renderer((response, index) -> index == 1 ? -0.5 : 0.0);

        assertThat(textsOf(renderer, 60)).containsExactlyInAnyOrder("first", "third");
    }

    @Test
    void best_scored_variation_is_always_sent() {
        ResponseRenderer renderer = renderer((response, index) -> index == 2 ? 0.5 : 0.0);

        assertThat(textsOf(renderer, 30)).containsExactly("third");
    }

    @Test
    void bot_event_names_the_variation() {
        ResponseRenderer renderer = renderer((response, index) -> index == 2 ? 0.5 : 0.0);

        Event event = renderer.render("utter_x", Map.of(), "collector", Map.of(), 1.0)
                .orElseThrow();

        assertThat(event.metadata().get(ResponseRenderer.VARIATION_KEY).asInt()).isEqualTo(2);
    }

    private static Set<String> textsOf(ResponseRenderer renderer, int renders) {
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < renders; i++) {
            texts.add(renderer.render("utter_x", Map.of(), "collector", Map.of(), 1.0)
                    .orElseThrow().text());
        }
        return texts;
    }

    private static ResponseVariation variation(String text) {
        return new ResponseVariation(Json.object().put("text", text), null, List.of());
    }

    private static ResponseRenderer renderer(VariationScores scores) {
        Domain domain = new Domain(List.of(), List.of(), Map.of(), Map.of("utter_x", THREE),
                List.of(), Set.of(), Map.of(), SessionConfig.DEFAULT, true, Json.object());
        return new ResponseRenderer(domain, new Random(3), scores);
    }
}
