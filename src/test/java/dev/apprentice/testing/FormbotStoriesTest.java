package dev.apprentice.testing;

import dev.apprentice.agent.Agent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** Formbot's own test stories, with its validation action on an action server of the tests. */
@QuarkusTest
@TestProfile(BotProfiles.FormbotWithActions.class)
@EnabledIf(value = "dev.apprentice.testing.ExampleBots#available",
        disabledReason = "Rasa's example bots are not next to the project")
class FormbotStoriesTest {

    @Inject
    Agent agent;

    @Test
    void stories_pass_through_the_http_api() {
        var project = agent.processor().bot().project();
        StoryRuns.runAndCheck("formbot", project.testStories(), 0);
    }
}
