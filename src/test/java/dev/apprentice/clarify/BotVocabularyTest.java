package dev.apprentice.clarify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.domain.Domain;
import dev.apprentice.domain.EntityType;
import dev.apprentice.domain.Intent;
import dev.apprentice.json.Json;
import dev.apprentice.training.ExampleEntity;
import dev.apprentice.training.LookupTable;
import dev.apprentice.training.NluData;
import dev.apprentice.training.NluExample;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BotVocabularyTest {

    private static BotVocabulary botVocabulary() {
        Domain domain = new Domain(List.of(Intent.named("reset_password")),
                List.of(EntityType.named("software")), Map.of(), Map.of(), List.of(), Set.of(),
                Map.of(), null, false, Json.object());
        NluExample annotated = new NluExample("request_software", "I need Photoshop",
                List.of(new ExampleEntity(7, 16, "Photoshop", "software", "Photoshop", null,
                        null)), "test");
        NluExample plain = new NluExample("vpn_problem", "the ZTNA client shows a red icon",
                List.of(), "test");
        NluData data = new NluData(List.of(annotated, plain), Map.of("gh", "GitHub"),
                List.of(), List.of(new LookupTable("software", List.of("Visual Studio"))));
        WordList english = WordList.read(List.of("red", "green", "Linux"), "test");
        return BotVocabulary.of(domain, data, english);
    }

    @Test
    void every_source_known_in_any_case() {
        BotVocabulary vocabulary = botVocabulary();

        assertThat(vocabulary.knows("photoshop")).isTrue();
        assertThat(vocabulary.knows("GitHub")).isTrue();
        assertThat(vocabulary.knows("gh")).isTrue();
        assertThat(vocabulary.knows("studio")).isTrue();
        assertThat(vocabulary.knows("PASSWORD")).isTrue();
        assertThat(vocabulary.knows("client")).isTrue();
        assertThat(vocabulary.knows("red")).isTrue();
        assertThat(vocabulary.knows("linux")).isTrue();
    }

    @Test
    void inflections_count_as_known() {
        BotVocabulary vocabulary = botVocabulary();

        assertThat(vocabulary.knows("clients")).isTrue();
        assertThat(vocabulary.knows("icon's")).isTrue();
        assertThat(vocabulary.knows("passwords")).isTrue();
        assertThat(vocabulary.knows("icons")).isTrue();
        assertThat(vocabulary.knows("resetting")).isTrue();
        assertThat(vocabulary.knows("greened")).isTrue();
        assertThat(vocabulary.knows("reddish")).isFalse();
    }

    @Test
    void example_only_name_unknown() {
        BotVocabulary vocabulary = botVocabulary();

        assertThat(vocabulary.knows("ZTNA")).isFalse();
        assertThat(vocabulary.knows("Photoshop")).isTrue();
    }

    @Test
    void learned_term_becomes_known_and_a_suggestion() {
        BotVocabulary vocabulary = botVocabulary();

        vocabulary.learn("ZTNA gateway");

        assertThat(vocabulary.knows("ztna")).isTrue();
        assertThat(vocabulary.knowsAsBotWord("gateway")).isTrue();
        assertThat(vocabulary.terms()).contains("ztna gateway", "visual studio", "github");
    }

    @Test
    void correction_finds_close_known_word() {
        BotVocabulary vocabulary = botVocabulary();

        assertThat(vocabulary.correction("pasword", true)).contains("password");
        assertThat(vocabulary.correction("photoshpo", true)).contains("photoshop");
        assertThat(vocabulary.correction("gren", false)).contains("green");
        assertThat(vocabulary.correction("gren", true)).isEmpty();
        assertThat(vocabulary.correction("zebra", false)).isEmpty();
    }

    @Test
    void shipped_word_list_holds_common_words() {
        WordList shipped = WordList.shipped();

        assertThat(shipped.source()).isEqualTo(WordList.FALLBACK_RESOURCE);
        assertThat(shipped.words()).hasSizeGreaterThan(1000)
                .contains("a", "weather", "tomorrow", "account");
        assertThat(shipped.words()).noneMatch(w -> w.startsWith("#"));
    }

    @Test
    void word_list_splits_names() {
        WordList list = WordList.read(List.of("# comment", "apple", "Apple", "apple's", ""),
                "test");

        assertThat(list.words()).containsExactly("apple");
        assertThat(list.names()).containsExactly("apple");
    }
}
