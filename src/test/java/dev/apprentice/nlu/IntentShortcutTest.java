package dev.apprentice.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.nlu.ParseResult.Entity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntentShortcutTest {

    private final IntentShortcut shortcut = new IntentShortcut(
            TestData.domain(List.of("greet", "inform"), List.of("cuisine", "people")));

    @Test
    void intent_alone_has_full_confidence() {
        ParseResult result = shortcut.parse("/greet").orElseThrow();

        assertThat(result.intentName()).isEqualTo("greet");
        assertThat(result.confidence()).isEqualTo(1.0);
        assertThat(result.intentRanking()).containsExactly(result.intent());
        assertThat(result.entities()).isEmpty();
    }

    @Test
    void confidence_after_at_sign() {
        assertThat(shortcut.parse("/greet@0.8").orElseThrow().confidence()).isEqualTo(0.8);
    }

    @Test
    void confidence_above_one_is_capped() {
        assertThat(shortcut.parse("/greet@3").orElseThrow().confidence()).isEqualTo(1.0);
    }

    @Test
    void invalid_confidence_becomes_zero() {
        assertThat(shortcut.parse("/greet@0.5.1").orElseThrow().confidence()).isEqualTo(0.0);
    }

    @Test
    void unknown_intent_is_plain_text() {
        assertThat(shortcut.parse("/dance")).isEmpty();
    }

    @Test
    void default_intent_is_known() {
        assertThat(shortcut.parse("/restart").orElseThrow().intentName()).isEqualTo("restart");
    }

    @Test
    void text_without_slash_is_not_a_shortcut() {
        assertThat(shortcut.parse("greet")).isEmpty();
    }

    @Test
    void entities_span_the_json_object() {
        // given
        String text = "/inform{\"cuisine\": \"greek\"}";

        // when
        List<Entity> entities = shortcut.parse(text).orElseThrow().entities();

        // then
        assertThat(entities).hasSize(1);
        Entity entity = entities.get(0);
        assertThat(entity.entity()).isEqualTo("cuisine");
        assertThat(entity.valueText()).isEqualTo("greek");
        assertThat(entity.start()).isEqualTo(7);
        assertThat(entity.end()).isEqualTo(text.length());
        assertThat(entity.extractor()).isEqualTo("RegexMessageHandler");
    }

    @Test
    void list_value_gives_one_entity_per_item() {
        List<Entity> entities = shortcut.parse("/inform{\"people\": [2, 3]}").orElseThrow()
                .entities();

        assertThat(entities).extracting(Entity::entity).containsExactly("people", "people");
        assertThat(entities).extracting(e -> e.value().asInt()).containsExactly(2, 3);
        assertThat(entities.get(0).value().isNumber()).isTrue();
    }

    @Test
    void unknown_entity_is_dropped() {
        String message = "/inform{\"cuisine\": \"thai\", \"colour\": \"red\"}";
        List<Entity> entities = shortcut.parse(message).orElseThrow().entities();

        assertThat(entities).extracting(Entity::entity).containsExactly("cuisine");
    }

    @Test
    void invalid_json_keeps_the_intent_without_entities() {
        Optional<ParseResult> result = shortcut.parse("/inform{cuisine: thai}");

        assertThat(result).isPresent();
        assertThat(result.get().intentName()).isEqualTo("inform");
        assertThat(result.get().entities()).isEmpty();
    }

    @Test
    void confidence_and_entities_together() {
        ParseResult result = shortcut.parse("/inform@0.4{\"cuisine\": \"thai\"}").orElseThrow();

        assertThat(result.confidence()).isEqualTo(0.4);
        assertThat(result.entities()).extracting(Entity::valueText).containsExactly("thai");
    }

    @Test
    void offsets_count_code_points() {
        // given 23 code points, 24 UTF-16 chars: the emoji is a surrogate pair
        String text = "/inform{\"cuisine\": \"🍕\"}";

        Entity entity = shortcut.parse(text).orElseThrow().entities().get(0);

        assertThat(entity.start()).isEqualTo(7);
        assertThat(entity.end()).isEqualTo(23);
    }
}
