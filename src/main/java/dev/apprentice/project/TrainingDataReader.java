package dev.apprentice.project;

import dev.apprentice.training.NluData;
import dev.apprentice.training.Rule;
import dev.apprentice.training.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads training data files and test files. A training data file may mix {@code nlu},
 * {@code stories}, {@code rules} and {@code responses}; its responses go to the domain.
 */
final class TrainingDataReader {

    static final Set<String> DATA_KEYS = Set.of("version", "nlu", "stories", "rules", "responses");

    private final LoadWarnings warnings;
    private final DomainReader domain;
    private final NluReader nlu;
    private final StoryReader storyReader;
    private final List<Story> stories = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<Story> testStories = new ArrayList<>();

    TrainingDataReader(LoadWarnings warnings, DomainReader domain) {
        this.warnings = warnings;
        this.domain = domain;
        this.nlu = new NluReader(warnings);
        this.storyReader = new StoryReader(warnings);
    }

    void addFile(YamlNode.Mapping file) {
        for (Map.Entry<String, YamlNode> entry : file.entries().entrySet()) {
            YamlNode value = entry.getValue();
            switch (entry.getKey()) {
                case "version" -> value.asText("version");
                case "nlu" -> nlu.add(value);
                case "stories" -> stories.addAll(storyReader.readStories(value));
                case "rules" -> rules.addAll(storyReader.readRules(value));
                case "responses" -> domain.addResponses(value);
                default -> warnings.addAt(file, entry.getKey(), "'" + entry.getKey()
                        + "' is not a training data key and is ignored");
            }
        }
    }

    /** Adds a file under tests/: its stories are test stories; anything else is not used. */
    void addTestFile(YamlNode.Mapping file) {
        for (Map.Entry<String, YamlNode> entry : file.entries().entrySet()) {
            String key = entry.getKey();
            if (key.equals("stories")) {
                testStories.addAll(storyReader.readStories(entry.getValue()));
            } else if (!key.equals("version")) {
                warnings.addAt(file, key, "'" + key + "' in a test file is not used; only"
                        + " test stories are loaded from tests/");
            }
        }
    }

    NluData nlu() {
        return nlu.build();
    }

    List<Story> stories() {
        return stories;
    }

    List<Rule> rules() {
        return rules;
    }

    List<Story> testStories() {
        return testStories;
    }
}
