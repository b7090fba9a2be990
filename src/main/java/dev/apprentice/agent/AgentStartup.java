package dev.apprentice.agent;

import dev.apprentice.action.CustomActionExecutor;
import dev.apprentice.action.NoActionServer;
import dev.apprentice.action.remote.RemoteActionExecutor;
import dev.apprentice.bot.Bot;
import dev.apprentice.bot.BotFactory;
import dev.apprentice.config.ActionsConfig;
import dev.apprentice.config.ApprenticeConfig;
import dev.apprentice.nlu.MiniLmEmbedder;
import dev.apprentice.nlu.NluEngine;
import dev.apprentice.processor.ConversationLocks;
import dev.apprentice.processor.MessageProcessor;
import dev.apprentice.project.EndpointConfig;
import dev.apprentice.project.ProjectLoader;
import dev.apprentice.project.RasaProject;
import dev.apprentice.tracker.jpa.JpaTrackerStore;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.jboss.logging.Logger;

/**
 * Loads the bot from {@code apprentice.dialogues} at start-up, trains its NLU and installs it in
 * the {@link Agent}. A project that cannot be loaded stops the start with the loader's error,
 * which names the file, line and key, rather than running an empty bot.
 */
@ApplicationScoped
public class AgentStartup {

    private static final Logger LOG = Logger.getLogger(AgentStartup.class);

    private final Agent agent;
    private final ApprenticeConfig config;
    private final ActionsConfig actionsConfig;
    private final JpaTrackerStore store;

    public AgentStartup(Agent agent, ApprenticeConfig config, ActionsConfig actionsConfig,
            JpaTrackerStore store) {
        this.agent = agent;
        this.config = config;
        this.actionsConfig = actionsConfig;
        this.store = store;
    }

    void onStart(@Observes StartupEvent event) {
        long start = System.nanoTime();
        Path root = Path.of(config.dialogues()).toAbsolutePath().normalize();
        RasaProject project = new ProjectLoader().load(root);
        project.warnings().forEach(w -> LOG.debugf("project warning: %s", w));
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        embedder.warmUp();
        NluEngine nlu = new NluEngine(project.domain(), project.nlu(), project.config(),
                embedder);
        var report = nlu.train();
        Bot bot = BotFactory.build(project, nlu::parse, customActions(project), random());
        MessageProcessor processor = new MessageProcessor(bot, store, new ConversationLocks(),
                () -> System.currentTimeMillis() / 1000.0);
        String modelId = UUID.randomUUID().toString().replace("-", "");
        agent.install(processor, modelId, root.getFileName() + "@" + Instant.now());
        LOG.infof("bot %s loaded from %s: %d intents, %d examples, %d rules, %d stories;"
                + " NLU trained in %d ms; ready in %d ms", project.config().assistantId(), root,
                project.domain().intents().size(), project.nlu().examples().size(),
                project.rules().size(), project.stories().size(), report.millis(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Returns the client of the project's action server, or none when it names no url. */
    private CustomActionExecutor customActions(RasaProject project) {
        EndpointConfig endpoint = project.endpoints().actionEndpoint().orElse(null);
        if (endpoint == null) {
            return new NoActionServer();
        }
        if (endpoint.url() == null || endpoint.url().isBlank()) {
            LOG.warn("action_endpoint in endpoints.yml has no url; custom actions will not run");
            return new NoActionServer();
        }
        boolean compress = "true".equalsIgnoreCase(System.getenv(
                "COMPRESS_ACTION_SERVER_REQUEST"));
        LOG.infof("custom actions run on the action server at %s", endpoint.url());
        return new RemoteActionExecutor(endpoint,
                actionsConfig.fallbackResponse().orElse(null), compress);
    }

    private RandomGenerator random() {
        return config.responseSeed().<RandomGenerator>map(Random::new).orElseGet(Random::new);
    }
}
