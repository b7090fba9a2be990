package dev.apprentice.testing;

import dev.apprentice.agent.Agent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Concertbot ships no test stories, so its training stories are replayed. Its custom actions
 * are predicted but not run, as in Rasa's test command.
 */
@QuarkusTest
@TestProfile(BotProfiles.Concertbot.class)
@EnabledIf(value = "dev.apprentice.testing.ExampleBots#available",
        disabledReason = "Rasa's example bots are not next to the project")
class ConcertbotStoriesTest {

    @Inject
    Agent agent;

    @Test
    void stories_pass_through_the_http_api() {
        var project = agent.processor().bot().project();
        StoryRuns.runAndCheck("concertbot", project.stories(), 0);
    }
}
