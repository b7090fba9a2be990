package dev.apprentice.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.training.Story;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a bot's test stories through the HTTP API, writes a report under
 * {@code target/story-reports/}, and asserts that the dialogue policies predicted every action.
 * NLU misses on the stories' texts are reported, and must stay below {@code maxIntentMisses}.
 */
final class StoryRuns {

    private StoryRuns() {
    }

    static List<StoryResult> runAndCheck(String bot, List<Story> stories, int maxIntentMisses) {
        List<StoryResult> results = new StoryTester(new HttpStoryClient()).runAll(stories);
        writeReport(bot, results);

        assertThat(stories).as("test stories of " + bot).isNotEmpty();
        assertThat(results).as("action predictions of " + bot)
                .allSatisfy(r -> assertThat(r.actionFailures()).as(r.story()).isEmpty());
        long intentMisses = results.stream().mapToLong(r -> r.intentFailures().size()).sum();
        assertThat(intentMisses).as("intent misses of " + bot).isLessThanOrEqualTo(
                maxIntentMisses);
        return results;
    }

    private static void writeReport(String bot, List<StoryResult> results) {
        long passed = results.stream().filter(StoryResult::passed).count();
        StringBuilder report = new StringBuilder();
        report.append(bot).append(": ").append(passed).append('/').append(results.size())
                .append(" stories passed\n");
        for (StoryResult r : results) {
            if (!r.passed()) {
                report.append("  failed: ").append(r.story()).append(" (").append(r.source())
                        .append(")\n");
                r.failures().forEach(f -> report.append("    ").append(f).append('\n'));
            }
        }
        try {
            Path dir = Files.createDirectories(Path.of("target", "story-reports"));
            Files.writeString(dir.resolve(bot + ".txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print(report);
    }
}
