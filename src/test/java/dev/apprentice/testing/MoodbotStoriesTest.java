package dev.apprentice.testing;

import dev.apprentice.agent.Agent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** Moodbot ships no test stories, so its training stories are replayed as tests. */
@QuarkusTest
@TestProfile(BotProfiles.Moodbot.class)
@EnabledIf(value = "dev.apprentice.testing.ExampleBots#available",
        disabledReason = "Rasa's example bots are not next to the project")
class MoodbotStoriesTest {

    @Inject
    Agent agent;

    @Test
    void stories_pass_through_the_http_api() {
        var project = agent.processor().bot().project();
        StoryRuns.runAndCheck("moodbot", project.stories(), 0);
    }
}
