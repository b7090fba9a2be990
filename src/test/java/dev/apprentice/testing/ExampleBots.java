package dev.apprentice.testing;

import dev.apprentice.action.CustomActionExecutor;
import dev.apprentice.action.NoActionServer;
import dev.apprentice.bot.Bot;
import dev.apprentice.bot.BotFactory;
import dev.apprentice.nlu.MiniLmEmbedder;
import dev.apprentice.nlu.NluEngine;
import dev.apprentice.processor.ConversationLocks;
import dev.apprentice.processor.MessageProcessor;
import dev.apprentice.project.ProjectLoader;
import dev.apprentice.project.RasaProject;
import dev.apprentice.tracker.InMemoryTrackerStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Loads and trains a bot in process, over an in-memory tracker store, for tests. */
final class ExampleBots {

    static final Path EXAMPLES = Path.of("../shared/rasa/examples");
    private static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();

    private ExampleBots() {
    }

    public static boolean available() {
        return Files.isDirectory(EXAMPLES);
    }

    static MessageProcessor processor(Path root) {
        return processor(root, new NoActionServer());
    }

    /** Loads the bot at {@code root} with its custom actions run by {@code customActions}. */
    static MessageProcessor processor(Path root, CustomActionExecutor customActions) {
        RasaProject project = new ProjectLoader().load(root);
        NluEngine nlu = new NluEngine(project.domain(), project.nlu(), project.config(),
                EMBEDDER);
        nlu.train();
        Bot bot = BotFactory.build(project, nlu::parse, customActions, new Random(7));
        return new MessageProcessor(bot, new InMemoryTrackerStore(), new ConversationLocks(),
                () -> System.currentTimeMillis() / 1000.0);
    }
}
