package dev.apprentice.nlu;

import static dev.apprentice.nlu.TestData.example;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.domain.Domain;
import dev.apprentice.nlu.ParseResult.Entity;
import dev.apprentice.training.ExampleEntity;
import dev.apprentice.training.LookupTable;
import dev.apprentice.training.NluData;
import dev.apprentice.training.NluExample;
import dev.apprentice.training.RegexFeature;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private static final Domain DOMAIN = TestData.domain(List.of("inform"),
            List.of("shoe", "city", "account", "bank", "ticket", "device"));

    private static NluData data(List<NluExample> examples, Map<String, String> synonyms,
            List<RegexFeature> regexes, List<LookupTable> lookups) {
        return new NluData(examples, synonyms, regexes, lookups);
    }

    @Test
    void emoji_offsets_count_code_points() {
        // given
        NluData data = data(List.of(example("inform", "i want 👞", "👞", "shoe")),
                Map.of(), List.of(), List.of());

        // when
        List<Entity> entities = new EntityExtractor(DOMAIN, data).extract("i want 👞");

        // then
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).start()).isEqualTo(7);
        assertThat(entities.get(0).end()).isEqualTo(8);
        assertThat(entities.get(0).valueText()).isEqualTo("👞");
        assertThat(entities.get(0).extractor()).isEqualTo("ApprenticeEntityExtractor");
    }

    @Test
    void offsets_after_an_emoji_count_code_points() {
        NluData data = data(List.of(example("inform", "fly to Berlin", "Berlin", "city")),
                Map.of(), List.of(), List.of());

        List<Entity> entities = new EntityExtractor(DOMAIN, data).extract("😀 to berlin");

        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).start()).isEqualTo(5);
        assertThat(entities.get(0).end()).isEqualTo(11);
        assertThat(entities.get(0).valueText()).isEqualTo("berlin");
    }

    @Test
    void annotated_value_matches_whole_words_only() {
        NluData data = data(List.of(example("inform", "fly to Rome", "Rome", "city")),
                Map.of(), List.of(), List.of());

        List<Entity> entities = new EntityExtractor(DOMAIN, data).extract("romeo and Rome.");

        assertThat(entities).extracting(Entity::start).containsExactly(10);
    }

    @Test
    void annotation_keeps_role_and_group() {
        NluExample annotated = new NluExample("inform", "from Paris", List.of(
                new ExampleEntity(5, 10, "Paris", "city", "Paris", "departure", "1")), "test");
        NluData data = data(List.of(annotated), Map.of(), List.of(), List.of());

        Entity entity = new EntityExtractor(DOMAIN, data).extract("leaving paris").get(0);

        assertThat(entity.role()).isEqualTo("departure");
        assertThat(entity.group()).isEqualTo("1");
    }

    @Test
    void synonym_maps_to_canonical_value() {
        // given "credit card account" annotated with the value "credit"
        NluData data = data(
                List.of(example("inform", "use my credit card account", "credit card account",
                        "account")),
                Map.of("credit card account", "credit"), List.of(), List.of());

        // when
        Entity entity = new EntityExtractor(DOMAIN, data).extract("Credit Card Account please")
                .get(0);

        // then
        assertThat(entity.valueText()).isEqualTo("credit");
        assertThat(entity.processors()).containsExactly("EntitySynonymMapper");
        assertThat(entity.start()).isZero();
        assertThat(entity.end()).isEqualTo(19);
    }

    @Test
    void synonym_of_annotated_value_is_found() {
        NluData data = data(List.of(example("inform", "my laptop is broken", "laptop", "device")),
                Map.of("notebook", "laptop"), List.of(), List.of());

        Entity entity = new EntityExtractor(DOMAIN, data).extract("my notebook died").get(0);

        assertThat(entity.entity()).isEqualTo("device");
        assertThat(entity.valueText()).isEqualTo("laptop");
        assertThat(entity.processors()).containsExactly("EntitySynonymMapper");
    }

    @Test
    void lookup_table_matches_case_insensitively() {
        NluData data = data(List.of(), Map.of(), List.of(),
                List.of(new LookupTable("bank", List.of("Bank of America", "JPMC"))));

        List<Entity> entities = new EntityExtractor(DOMAIN, data)
                .extract("move it from bank of america to jpmc");

        assertThat(entities).extracting(Entity::valueText)
                .containsExactly("bank of america", "jpmc");
        assertThat(entities).extracting(Entity::entity).containsOnly("bank");
        assertThat(entities).extracting(Entity::extractor).containsOnly("RegexEntityExtractor");
    }

    @Test
    void lookup_table_of_undeclared_entity_is_ignored() {
        NluData data = data(List.of(), Map.of(), List.of(),
                List.of(new LookupTable("colour", List.of("red"))));

        assertThat(new EntityExtractor(DOMAIN, data).extract("a red one")).isEmpty();
    }

    @Test
    void regex_named_after_an_entity_matches() {
        NluData data = data(List.of(), Map.of(),
                List.of(new RegexFeature("ticket", List.of("INC\\d{6}")),
                        new RegexFeature("zipcode", List.of("\\d{5}"))),
                List.of());

        List<Entity> entities = new EntityExtractor(DOMAIN, data)
                .extract("status of inc004211 in 12345");

        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).entity()).isEqualTo("ticket");
        assertThat(entities.get(0).valueText()).isEqualTo("inc004211");
        assertThat(entities.get(0).start()).isEqualTo(10);
    }

    @Test
    void invalid_regex_is_skipped() {
        NluData data = data(List.of(), Map.of(),
                List.of(new RegexFeature("ticket", List.of("INC(\\d"))), List.of());

        assertThat(new EntityExtractor(DOMAIN, data).extract("INC(1")).isEmpty();
    }

    @Test
    void overlapping_matches_keep_the_longest() {
        // given "new york" as a lookup value and "york" as an annotated city
        NluData data = data(List.of(example("inform", "to york", "york", "city")), Map.of(),
                List.of(), List.of(new LookupTable("city", List.of("new york"))));

        // when
        List<Entity> entities = new EntityExtractor(DOMAIN, data).extract("from new york");

        // then
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).valueText()).isEqualTo("new york");
        assertThat(entities.get(0).start()).isEqualTo(5);
    }

    @Test
    void shorter_value_matches_where_longer_fails_the_word_boundary() {
        NluData data = data(List.of(), Map.of(), List.of(),
                List.of(new LookupTable("city", List.of("new york", "new"))));

        List<Entity> entities = new EntityExtractor(DOMAIN, data).extract("new yorker");

        assertThat(entities).extracting(Entity::valueText).containsExactly("new");
    }

    @Test
    void undeclared_annotated_entity_is_not_returned() {
        NluData data = data(List.of(example("inform", "a red one", "red", "colour")),
                Map.of(), List.of(), List.of());

        assertThat(new EntityExtractor(DOMAIN, data).extract("a red one")).isEmpty();
    }
}
