package dev.apprentice.project;

import dev.apprentice.domain.Domain;
import dev.apprentice.training.NluData;
import dev.apprentice.training.Rule;
import dev.apprentice.training.Story;
import java.nio.file.Path;
import java.util.List;

/**
 * A loaded Rasa 3.x project: the merged domain, training data, stories, rules and test stories,
 * with the settings of config.yml, endpoints.yml and credentials.yml.
 */
public record RasaProject(
        Path root,
        Domain domain,
        NluData nlu,
        List<Story> stories,
        List<Rule> rules,
        List<Story> testStories,
        BotConfig config,
        Endpoints endpoints,
        Credentials credentials,
        List<LoadWarning> warnings) {

    public RasaProject {
        stories = List.copyOf(stories);
        rules = List.copyOf(rules);
        testStories = List.copyOf(testStories);
        warnings = List.copyOf(warnings);
    }
}
