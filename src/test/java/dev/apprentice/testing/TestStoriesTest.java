package dev.apprentice.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.processor.MessageProcessor;
import dev.apprentice.training.Story;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TestStoriesTest {

    @Test
    void moodbot_stories_pass() {
        Assumptions.assumeTrue(ExampleBots.available(), "shared examples are not present");
        List<StoryResult> results = run(ExampleBots.EXAMPLES.resolve("moodbot"), true);
        results.forEach(r -> System.out.println(r));
        assertThat(results).allMatch(StoryResult::passed);
    }

    @Test
    void formbot_stories_pass() {
        Assumptions.assumeTrue(ExampleBots.available(), "shared examples are not present");
        List<StoryResult> results = run(ExampleBots.EXAMPLES.resolve("formbot"), false);
        results.forEach(r -> System.out.println(r));
        assertThat(results).allMatch(StoryResult::passed);
    }

    @Test
    void default_bot_stories_pass() {
        List<StoryResult> results = run(Path.of("dialogues"), false);
        results.forEach(r -> System.out.println(r));
        assertThat(results).allMatch(StoryResult::passed);
    }

    private static List<StoryResult> run(Path bot, boolean trainingStories) {
        MessageProcessor processor = ExampleBots.processor(bot);
        var project = processor.bot().project();
        List<Story> stories = trainingStories ? project.stories() : project.testStories();
        return new StoryTester(new ProcessorStoryClient(processor)).runAll(stories);
    }
}
