package dev.apprentice.testing;

import dev.apprentice.agent.Agent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * knowledgebasebot ships no test stories, so its training stories are replayed instead, with its
 * knowledge-base action on an action server of the tests.
 */
@QuarkusTest
@TestProfile(BotProfiles.KnowledgebasebotWithActions.class)
@EnabledIf(value = "dev.apprentice.testing.ExampleBots#available",
        disabledReason = "Rasa's example bots are not next to the project")
class KnowledgebasebotStoriesTest {

    @Inject
    Agent agent;

    @Test
    void training_stories_pass_through_the_http_api() {
        var project = agent.processor().bot().project();
        StoryRuns.runAndCheck("knowledgebasebot", project.stories(), 0);
    }
}
