package dev.apprentice.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loads every file of Rasa's own loader test data (Rasa 3.6.21 {@code data/test_*}) and checks
 * that it loads, or is rejected at the line and key where Rasa rejects it.
 */
class FormatCorpusTest {

    private static final Path CORPUS = Path.of("../shared/rasa/examples/_format-corpus");

    /** How a corpus entry is read. */
    enum Kind { DOMAIN, DOMAIN_DIR, DATA, PROJECT, CONFIG, ENDPOINTS }

    /**
     * One corpus entry and its expected outcome: {@code line} 0 means it loads; otherwise the
     * load fails at that line, naming {@code key} and a message containing {@code reason}.
     */
    record Entry(String path, Kind kind, int line, String key, String reason) {

        static Entry loads(String path, Kind kind) {
            return new Entry(path, kind, 0, null, null);
        }

        static Entry rejected(String path, Kind kind, int line, String key, String reason) {
            return new Entry(path, kind, line, key, reason);
        }

        @Override
        public String toString() {
            return path;
        }
    }

    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.loads("rasa_yaml_examples/nlu.yml", Kind.DATA));
        entries.addAll(domainFiles());
        entries.addAll(domainDirectories());
        entries.add(Entry.loads("test_e2ebot", Kind.PROJECT));
        entries.addAll(endpointFiles());
        entries.add(Entry.loads("test_moodbot", Kind.PROJECT));
        entries.add(Entry.loads("test_moodbot/unexpected_intent_policy_config.yml", Kind.CONFIG));
        entries.add(Entry.loads("test_multifile_yaml_stories/stories_part_1.yml", Kind.DATA));
        entries.add(Entry.loads("test_multifile_yaml_stories/stories_part_2.yml", Kind.DATA));
        entries.add(Entry.loads(
                "test_nlu/test_nlu_validate_files_with_active_loop_null.yml", Kind.DATA));
        entries.add(Entry.loads("test_response_selector_bot", Kind.PROJECT));
        entries.add(Entry.loads("test_responses/default.yml", Kind.DATA));
        entries.add(Entry.loads("test_responses/responses_utter_rasa.yml", Kind.DATA));
        entries.addAll(storyFiles());
        return entries;
    }

    private static List<Entry> domainFiles() {
        String dir = "test_domains/";
        List<Entry> entries = new ArrayList<>();
        for (String name : List.of("conditional_response_variations", "custom_slot_domain",
                "default", "default_retrieval_intents", "default_unfeaturized_entities",
                "default_with_slots", "domain_with_categorical_slot", "form",
                "initial_slot_values_greet_and_goodbye",
                "minimal_domain_validate_files_with_active_loop_null", "mixed_retrieval_intents",
                "people_form", "query_form", "response_selector_responses_in_domain",
                "restaurant_form", "selectors", "simple_retrieval_intent", "travel_form",
                "valid_actions",
                // Rasa warns about the missing utter_chitchat response only when NLU data
                // has the retrieval intent chitchat, so the domain file itself loads.
                "missing_chitchat_response",
                // Loads with a warning: 'triggers' was removed with the MappingPolicy.
                "default_with_mapping")) {
            entries.add(Entry.loads(dir + name + ".yml", Kind.DOMAIN));
        }
        // 'entities' on line 12 lacks its ':'; the parser notices on line 15 and names line 12.
        entries.add(Entry.rejected(dir + "invalid_format.yml", Kind.DOMAIN, 15, null,
                "simple key that starts on line 12"));

        entries.add(Entry.rejected(dir + "wrong_response_format.yml", Kind.DOMAIN, 17,
                "utter_greet", "must be a mapping"));
        entries.add(Entry.rejected(dir + "wrong_custom_response_format.yml", Kind.DOMAIN, 17,
                "utter_greet", "needs at least one of"));
        entries.add(Entry.rejected(dir + "empty_response_format.yml", Kind.DOMAIN, 16,
                "utter_greet", "has no variations"));
        entries.add(Entry.rejected(dir + "missing_text_for_templates.yml", Kind.DOMAIN, 8,
                "utter_greet", "must be a mapping"));

        entries.add(Entry.rejected(dir + "duplicate_actions.yml", Kind.DOMAIN, 35,
                "actions", "'utter_default' is listed more than once"));
        entries.add(Entry.rejected(dir + "duplicate_entities.yml", Kind.DOMAIN, 20,
                "entities", "'name' is listed more than once"));
        entries.add(Entry.rejected(dir + "duplicate_intents.yml", Kind.DOMAIN, 5,
                "intents", "'default' is listed more than once"));
        entries.add(Entry.rejected(dir + "duplicate_responses.yml", Kind.DOMAIN, 22,
                "utter_greet", "duplicate key"));

        // Read alone, this file of test_domain_from_directory has a duplicate key.
        entries.add(Entry.rejected(dir + "test_domain_from_directory/domain_invalid.yml",
                Kind.DOMAIN, 4, "version", "duplicate key"));
        return entries;
    }

    private static List<Entry> domainDirectories() {
        String dir = "test_domains/";
        return List.of(
                Entry.loads(dir + "test_domain_files_with_no_session_config_and_custom"
                        + "_session_config", Kind.PROJECT),
                // Rasa skips domain_invalid.yml with a warning when it reads the directory.
                Entry.loads(dir + "test_domain_from_directory", Kind.DOMAIN_DIR),
                Entry.loads(dir + "test_domain_from_directory_for_entities", Kind.DOMAIN_DIR),
                Entry.loads(dir + "test_domain_from_directory_tree", Kind.DOMAIN_DIR),
                Entry.loads(dir + "test_domain_from_multiple_files", Kind.DOMAIN_DIR),
                // Rasa reports names repeated across files as warnings, and so does the loader.
                Entry.loads(dir + "test_domain_with_duplicates", Kind.DOMAIN_DIR),
                // Domain files at the project root, without domain.yml.
                Entry.loads(dir + "test_domain_with_separate_session_config", Kind.PROJECT),
                Entry.loads(dir + "test_domain_without_duplicates", Kind.DOMAIN_DIR));
    }

    private static List<Entry> endpointFiles() {
        String dir = "test_endpoints/";
        List<Entry> entries = new ArrayList<>();
        for (String name : List.of("custom_tracker_endpoints", "endpoints_redis",
                "endpoints_sql", "example_endpoints", "model_endpoint",
                "event_brokers/kafka_plaintext_endpoint",
                "event_brokers/kafka_plaintext_endpoint_no_url",
                "event_brokers/kafka_sasl_plaintext_endpoint",
                "event_brokers/kafka_sasl_ssl_endpoint", "event_brokers/kafka_ssl_endpoint",
                "event_brokers/pika_endpoint", "event_brokers/sql_endpoint")) {
            entries.add(Entry.loads(dir + name + ".yml", Kind.ENDPOINTS));
        }
        entries.add(Entry.rejected(dir + "event_brokers/kafka_invalid_sasl_mechanism.yml",
                Kind.ENDPOINTS, 8, "sasl_mechanism", "invalid Kafka sasl_mechanism"));
        entries.add(Entry.rejected(dir + "event_brokers/kafka_invalid_security_protocol.yml",
                Kind.ENDPOINTS, 2, "security_protocol", "invalid Kafka security_protocol"));
        return entries;
    }

    private static List<Entry> storyFiles() {
        String dir = "test_yaml_stories/";
        List<Entry> entries = new ArrayList<>();
        for (String name : List.of("non_test_full_retrieval_intent_story.yml",
                "rules_greet_and_goodbye.yml", "rules_with_stories_sorted.yaml",
                "rules_without_stories.yml", "simple_story_with_only_end.yml", "stories.yml",
                "stories_and_rules.yml", "stories_checkpoint_after_or.yml",
                "stories_defaultdomain.yml", "stories_e2e.yml", "stories_form.yml",
                "stories_hybrid_e2e.yml", "stories_restart.yml",
                "stories_retrieval_intents.yml", "stories_simple.yml",
                "stories_unexpected_intent_unlearnable.yml",
                "stories_unfeaturized_entities.yml", "story_slot_different_types.yml",
                "story_with_or_and_entities.yml", "story_with_or_and_entities_with_no_value.yml",
                "story_with_or_slot_was_set.yml", "story_with_slot_was_set.yml",
                "story_with_two_equal_or_statements.yml",
                "test_base_retrieval_intent_story.yml",
                "test_base_retrieval_intent_wrong_prediction.yml",
                "test_failed_entity_extraction_comment.yml",
                "test_full_retrieval_intent_story.yml",
                "test_full_retrieval_intent_wrong_prediction.yml",
                "test_multiple_action_unlikely_intent_warnings.yml",
                "test_prediction_with_correct_intent_wrong_entity.yml",
                "test_prediction_with_wrong_intent_correct_entity.yml",
                "test_prediction_with_wrong_intent_wrong_entity.yml",
                "test_stories_entity_annotations.yml")) {
            entries.add(Entry.loads(dir + name, Kind.DATA));
        }
        // Rasa rejects these only when it trains: the stories contradict each other or the
        // rules, use names the domain lacks, leave checkpoints unused or form a cycle. The
        // files themselves are well formed, so they load; checking the stories against each
        // other belongs to training and validation, not to the loader.
        for (String name : List.of("stories_conflicting_1.yml", "stories_conflicting_2.yml",
                "stories_conflicting_3.yml", "stories_conflicting_4.yml",
                "stories_conflicting_5.yml", "stories_conflicting_6.yml",
                "stories_conflicting_at_1.yml", "stories_with_rules_conflicting.yml",
                "rules_without_stories_and_wrong_names.yml", "stories_unused_checkpoints.yml",
                "stories_with_cycle.yml")) {
            entries.add(Entry.loads(dir + name, Kind.DATA));
        }
        entries.add(Entry.rejected(dir + "rules_missing_intent.yml", Kind.DATA, 6, "intent",
                "missing intent value"));
        entries.add(Entry.rejected(dir + "stories_missing_intent.yml", Kind.DATA, 6, "intent",
                "missing intent value"));
        return entries;
    }

    @BeforeAll
    static void requireCorpus() {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS),
                "the shared Rasa format corpus is not next to the project root");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void corpus_entry(Entry entry) {
        Path path = CORPUS.resolve(entry.path());
        if (entry.line() == 0) {
            load(entry.kind(), path);
            return;
        }
        assertThatThrownBy(() -> load(entry.kind(), path))
                .isInstanceOfSatisfying(ProjectLoadException.class, e -> {
                    assertThat(e.file()).isEqualTo(path.toString());
                    assertThat(e.line()).isEqualTo(entry.line());
                    assertThat(e.key()).isEqualTo(entry.key());
                })
                .hasMessageContaining(entry.reason());
    }

    @Test
    void table_covers_every_corpus_file() throws IOException {
        List<String> covered = entries().stream().map(Entry::path).toList();
        List<String> missing;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            missing = files.filter(Files::isRegularFile)
                    .map(file -> CORPUS.relativize(file).toString())
                    .filter(file -> covered.stream().noneMatch(
                            entry -> file.equals(entry) || file.startsWith(entry + "/")))
                    .toList();
        }

        assertThat(missing).isEmpty();
    }

    @Test
    void directory_skips_invalid_file_with_warning() {
        LoadWarnings warnings = new LoadWarnings();

        var domain = new ProjectLoader().readDomain(
                CORPUS.resolve("test_domains/test_domain_from_directory"), warnings);

        assertThat(domain.intentNames()).containsExactly("greet", "default", "goodbye");
        assertThat(warnings.list()).singleElement().satisfies(warning -> {
            assertThat(warning.file()).endsWith("domain_invalid.yml");
            assertThat(warning.line()).isEqualTo(4);
        });
    }

    @Test
    void directory_with_duplicates_reports_each_name() {
        LoadWarnings warnings = new LoadWarnings();

        new ProjectLoader().readDomain(
                CORPUS.resolve("test_domains/test_domain_with_duplicates"), warnings);

        assertThat(warnings.list()).extracting(LoadWarning::message)
                .anyMatch(message -> message.startsWith("'greet' under intents"))
                .anyMatch(message -> message.startsWith("'utter_greet' under responses"))
                .anyMatch(message -> message.startsWith("'utter_did_that_help' under responses"))
                .anyMatch(message -> message.startsWith("'mood' under slots"));
    }

    @Test
    void directory_tree_merges_all_levels() {
        var domain = new ProjectLoader().loadDomain(
                CORPUS.resolve("test_domains/test_domain_from_directory_tree"));

        assertThat(domain.intentNames()).contains("utter_root", "utter_root2");
        assertThat(domain.entities()).hasSizeGreaterThan(1);
    }

    @Test
    void root_domain_files_keep_their_session_config() {
        RasaProject project = new ProjectLoader().load(
                CORPUS.resolve("test_domains/test_domain_with_separate_session_config"));

        assertThat(project.domain().sessionConfig().expirationMinutes()).isEqualTo(1);
        assertThat(project.domain().intents()).hasSize(7);
        assertThat(project.domain().responses()).containsKey("utter_greet");
    }

    @Test
    void checkpoints_and_or_steps() {
        TrainingDataReader data = readData("test_yaml_stories/stories_defaultdomain.yml");

        var start = data.stories().get(0).steps().get(0);
        assertThat(start).isEqualTo(new dev.apprentice.training.StoryStep.Checkpoint(
                "check_greet", List.of()));
        var or = (dev.apprentice.training.StoryStep.Or) data.stories().get(1).steps().get(0);
        assertThat(or.alternatives()).hasSize(2);
        var peter = (dev.apprentice.training.StoryStep.User) or.alternatives().get(1);
        assertThat(peter.entities()).containsExactly(
                dev.apprentice.training.StoryStep.StepEntity.of("name", "Peter"));
    }

    @Test
    void conditional_variations_keep_their_conditions() {
        var domain = new ProjectLoader().loadDomain(
                CORPUS.resolve("test_domains/conditional_response_variations.yml"));

        assertThat(domain.responses().values().stream().flatMap(List::stream))
                .anyMatch(variation -> variation.isConditional());
    }

    private static TrainingDataReader readData(String path) {
        LoadWarnings warnings = new LoadWarnings();
        TrainingDataReader data = new TrainingDataReader(warnings, new DomainReader(warnings));
        YamlNode root = new ProjectLoader().yaml().read(CORPUS.resolve(path));
        data.addFile(root.asMapping("training data"));
        return data;
    }

    private static void load(Kind kind, Path path) {
        ProjectLoader loader = new ProjectLoader();
        LoadWarnings warnings = new LoadWarnings();
        switch (kind) {
            case DOMAIN, DOMAIN_DIR -> loader.loadDomain(path);
            case PROJECT -> loader.load(path);
            case DATA -> readData(CORPUS.relativize(path).toString());
            case CONFIG -> new ConfigReader(warnings).read(loader.yaml().read(path));
            case ENDPOINTS ->
                    new EndpointsReader(warnings).readEndpoints(loader.yaml().read(path));
            default -> throw new IllegalArgumentException(kind.name());
        }
    }
}
