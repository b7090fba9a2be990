package dev.apprentice.project;

import dev.apprentice.domain.Domain;
import dev.apprentice.training.NluExample;
import dev.apprentice.training.Rule;
import dev.apprentice.training.Story;
import dev.apprentice.training.StoryStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a loaded project's parts refer to each other: every action and intent a story or
 * rule uses, and every intent of the NLU examples, is in the domain. A reference to a missing
 * name is usually a typo that would make the bot silently skip a reply, so each one is reported
 * with the file and line of the story, rule or example that makes it.
 */
public final class ProjectChecks {

    private ProjectChecks() {
    }

    public static List<String> check(RasaProject project) {
        Domain domain = project.domain();
        Set<String> actions = domain.actionNames();
        List<String> problems = new ArrayList<>();
        for (Story story : project.stories()) {
            checkSteps(story.steps(), story.source(), "story '" + story.name() + "'", domain,
                    actions, problems);
        }
        for (Rule rule : project.rules()) {
            checkSteps(rule.steps(), rule.source(), "rule '" + rule.name() + "'", domain,
                    actions, problems);
        }
        Map<String, String> missingIntents = new LinkedHashMap<>();
        for (NluExample example : project.nlu().examples()) {
            if (!domain.hasIntent(example.intent())) {
                missingIntents.putIfAbsent(example.intent(), example.source());
            }
        }
        missingIntents.forEach((intent, source) -> problems.add(source + " (intent '" + intent
                + "'): the NLU examples of this intent are not used because the domain does not"
                + " list it"));
        return problems;
    }

    private static void checkSteps(List<StoryStep> steps, String source, String where,
            Domain domain, Set<String> actions, List<String> problems) {
        for (StoryStep step : steps) {
            if (step instanceof StoryStep.Or or) {
                checkSteps(or.alternatives(), source, where, domain, actions, problems);
            } else if (step instanceof StoryStep.Action action && action.name() != null
                    && !"...".equals(action.name()) && !actions.contains(action.name())) {
                problems.add(source + " (" + where + "): action '" + action.name()
                        + "' is not in the domain");
            } else if (step instanceof StoryStep.User user && user.intent() != null
                    && !domain.hasIntent(user.intent())) {
                problems.add(source + " (" + where + "): intent '" + user.intent()
                        + "' is not in the domain");
            }
        }
    }
}
