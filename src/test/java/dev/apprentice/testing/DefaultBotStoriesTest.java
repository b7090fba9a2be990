package dev.apprentice.testing;

import dev.apprentice.agent.Agent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The default bot's test stories, run through the HTTP API of the default test profile. */
@QuarkusTest
class DefaultBotStoriesTest {

    @Inject
    Agent agent;

    @Test
    void stories_pass_through_the_http_api() {
        var project = agent.processor().bot().project();
        StoryRuns.runAndCheck("default bot", project.testStories(), 0);
    }
}
