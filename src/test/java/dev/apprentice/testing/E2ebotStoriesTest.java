package dev.apprentice.testing;

import dev.apprentice.agent.Agent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * E2ebot's own test stories. One text ("I can always go for sushi" as affirm) is too far from
 * the bot's few affirm examples for our NLU, which the reports list as an intent miss.
 */
@QuarkusTest
@TestProfile(BotProfiles.E2ebot.class)
@EnabledIf(value = "dev.apprentice.testing.ExampleBots#available",
        disabledReason = "Rasa's example bots are not next to the project")
class E2ebotStoriesTest {

    @Inject
    Agent agent;

    @Test
    void stories_pass_through_the_http_api() {
        var project = agent.processor().bot().project();
        StoryRuns.runAndCheck("e2ebot", project.testStories(), 1);
    }
}
