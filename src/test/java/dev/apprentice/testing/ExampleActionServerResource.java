package dev.apprentice.testing;

import dev.apprentice.testsupport.ExampleActionServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts {@link ExampleActionServer} for a Quarkus test and loads a copy of one example bot
 * whose endpoints.yml points at it. The bot is named by the init argument {@code bot}.
 */
public class ExampleActionServerResource implements QuarkusTestResourceLifecycleManager {

    private String bot;
    private ExampleActionServer server;
    private Path copy;

    @Override
    public void init(Map<String, String> initArgs) {
        bot = initArgs.get("bot");
    }

    @Override
    public Map<String, String> start() {
        server = ExampleActionServer.forExamples(ExampleBots.EXAMPLES);
        try {
            copy = Files.createTempDirectory("apprentice-" + bot);
            copyTree(ExampleBots.EXAMPLES.resolve(bot), copy);
            Files.writeString(copy.resolve("endpoints.yml"),
                    "action_endpoint:\n  url: \"" + server.url() + "\"\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("apprentice.dialogues", copy.toString());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
        if (copy != null) {
            try (Stream<Path> paths = Files.walk(copy)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
