package dev.apprentice.agent;

import dev.apprentice.action.CustomActionExecutor;
import dev.apprentice.action.NoActionServer;
import dev.apprentice.action.remote.RemoteActionExecutor;
import dev.apprentice.action.server.clarify.ServedEngine;
import dev.apprentice.answer.KnowledgeRetrieval;
import dev.apprentice.bot.Bot;
import dev.apprentice.bot.BotFactory;
import dev.apprentice.clarify.Clarifier;
import dev.apprentice.clarify.ClarifyConfig;
import dev.apprentice.clarify.PromptTemplates;
import dev.apprentice.config.ActionsConfig;
import dev.apprentice.config.ApprenticeConfig;
import dev.apprentice.knowledge.KnowledgeService;
import dev.apprentice.knowledge.LabelledExample;
import dev.apprentice.knowledge.ReviewFilter;
import dev.apprentice.knowledge.ReviewState;
import dev.apprentice.llm.LlmClient;
import dev.apprentice.llm.LlmConfig;
import dev.apprentice.llm.LlmJobs;
import dev.apprentice.nlu.Committee;
import dev.apprentice.nlu.MessageParser;
import dev.apprentice.nlu.MiniLmEmbedder;
import dev.apprentice.nlu.NluEngine;
import dev.apprentice.nlu.SentenceEmbedder;
import dev.apprentice.processor.ConversationLocks;
import dev.apprentice.processor.MessageProcessor;
import dev.apprentice.project.EndpointConfig;
import dev.apprentice.project.ProjectChecks;
import dev.apprentice.project.ProjectLoader;
import dev.apprentice.project.RasaProject;
import dev.apprentice.training.NluData;
import dev.apprentice.training.NluExample;
import dev.apprentice.review.ActiveModel;
import dev.apprentice.review.Labeller;
import dev.apprentice.review.Learning;
import dev.apprentice.review.LearningConfig;
import dev.apprentice.review.LearningInterceptor;
import dev.apprentice.review.QueueRanker;
import dev.apprentice.review.ReviewQueue;
import dev.apprentice.reward.RewardService;
import dev.apprentice.tracker.jpa.JpaTrackerStore;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.jboss.logging.Logger;

/**
 * Loads the bot from {@code apprentice.dialogues} at start-up, trains its NLU on the project's
 * examples plus the approved examples users taught, wires the clarification engine and installs
 * the result in the {@link Agent}, and the clarification steps in the {@link ServedEngine} that
 * the actions served to Rasa bots use. A project that cannot be loaded stops the start with the
 * loader's error, which names the file, line and key, rather than running an empty bot.
 */
@ApplicationScoped
public class AgentStartup {

    private static final Logger LOG = Logger.getLogger(AgentStartup.class);

    private final Agent agent;
    private final ApprenticeConfig config;
    private final ClarifyConfig clarifyConfig;
    private final ActionsConfig actionsConfig;
    private final JpaTrackerStore store;
    private final KnowledgeService knowledge;
    private final SentenceEmbedder embedder;
    private final ActiveModel activeModel;
    private final ReviewQueue queue;
    private final Labeller labeller;
    private final LearningConfig learningConfig;
    private final QueueRanker ranker;
    private final RewardService rewards;
    private final ServedEngine servedEngine;
    private final LlmClient llm;
    private final LlmConfig llmConfig;
    private final ConversationLocks locks = new ConversationLocks();

    public AgentStartup(Agent agent, ApprenticeConfig config, ClarifyConfig clarifyConfig,
            ActionsConfig actionsConfig, JpaTrackerStore store, KnowledgeService knowledge,
            SentenceEmbedder embedder, Learning learning, RewardService rewards,
            ServedEngine servedEngine, LlmClient llm, LlmConfig llmConfig) {
        this.llm = llm;
        this.llmConfig = llmConfig;
        this.agent = agent;
        this.config = config;
        this.clarifyConfig = clarifyConfig;
        this.actionsConfig = actionsConfig;
        this.store = store;
        this.knowledge = knowledge;
        this.embedder = embedder;
        this.servedEngine = servedEngine;
        this.activeModel = learning.model();
        this.queue = learning.queue();
        this.labeller = learning.labeller();
        this.learningConfig = learning.config();
        this.ranker = learning.ranker();
        this.rewards = rewards;
    }

    void onStart(@Observes StartupEvent event) {
        retrain();
    }

    /** The result of one training: the new model version, the example counts and its time. */
    public record Training(String modelVersion, int examples, int taught, long millis) {
    }

    /**
     * Loads the project, trains the NLU on its examples plus every approved labelled example
     * stored, and installs the new model and processor in one step. Turns that started before
     * keep the model they started with; later turns use the new one. Trainings run one at a
     * time, and every processor shares one set of conversation locks, so that two turns of one
     * conversation never run at once across a swap.
     */
    public synchronized Training retrain() {
        long start = System.nanoTime();
        Path root = Path.of(config.dialogues()).toAbsolutePath().normalize();
        RasaProject project = new ProjectLoader().load(root);
        project.warnings().forEach(w -> LOG.debugf("project warning: %s", w));
        ProjectChecks.check(project).forEach(problem -> LOG.warnf("project.check %s", problem));
        if (embedder instanceof MiniLmEmbedder miniLm) {
            miniLm.warmUp();
        }
        NluData data = withTaughtExamples(project);
        rewards.reload();
        NluEngine nlu = new NluEngine(project.domain(), data, project.config(), embedder);
        var report = nlu.train();
        install(project, data, nlu, root);
        int taught = data.examples().size() - project.nlu().examples().size();
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("bot %s loaded from %s: %d intents, %d examples (%d taught), %d rules,"
                + " %d stories; NLU model %s trained in %d ms; ready in %d ms",
                project.config().assistantId(), root, project.domain().intents().size(),
                data.examples().size(), taught, project.rules().size(),
                project.stories().size(), nlu.modelVersion(), report.millis(), millis);
        return new Training(nlu.modelVersion(), data.examples().size(), taught, millis);
    }

    /** Builds the processor around the trained {@code nlu} and makes it the one turns use. */
    private void install(RasaProject project, NluData data, NluEngine nlu, Path root) {
        CachedKnowledgeView cachedKnowledge = new CachedKnowledgeView(knowledge);
        MessageParser parser = new KnowledgeAwareParser(nlu::parse, cachedKnowledge,
                project.domain());
        PromptTemplates prompts = new PromptTemplates(Path.of(clarifyConfig.prompts()));
        prompts.verify();
        LlmJobs jobs = new LlmJobs(llm, prompts, llmConfig.memoryMessages());
        jobs.verify();
        KnowledgeRetrieval retrieval = new KnowledgeRetrieval(cachedKnowledge,
                knowledge::similarSenses);
        Bot bot = BotFactory.build(project, parser, customActions(project), random(), rewards,
                jobs.openAnswerer(retrieval));
        // Ranking the review queue scores every waiting message with the committee, so the
        // queue gets the local members only. A language model member would cost one call each.
        Committee local = Committee.train(nlu.labels(), data, embedder);
        Committee committee = jobs.withIntentMember(local, data);
        NluIntentModel intents = new NluIntentModel(nlu, committee::predict);
        var learner = new ServiceKnowledgeLearner(knowledge, cachedKnowledge::invalidate);
        var clarification = ClarifierFactory.build(clarifyConfig, project, data, parser,
                intents, cachedKnowledge, learner, embedder, prompts, jobs,
                (text, conversation) -> !retrieval.retrieve(text, conversation).isEmpty());
        Clarifier clarifier = clarification.clarifier();
        NluLearningModel learning = new NluLearningModel(nlu, local, project.domain(),
                intents);
        var interceptor = new LearningInterceptor(clarifier, clarifier::mode, learning, queue,
                labeller, ranker, learningConfig, knowledge::isTrusted);
        MessageProcessor processor = new MessageProcessor(bot, store, locks,
                () -> System.currentTimeMillis() / 1000.0, interceptor);
        activeModel.install(learning);
        servedEngine.install(clarification.steps(), intents);
        agent.install(processor, nlu.modelVersion(), root.getFileName() + "@" + Instant.now());
    }

    /** Adds the approved labelled examples of the knowledge memory to the training data. */
    private NluData withTaughtExamples(RasaProject project) {
        List<NluExample> examples = new ArrayList<>(project.nlu().examples());
        for (LabelledExample taught : knowledge.listExamples(
                new ReviewFilter(ReviewState.APPROVED, null))) {
            if (project.domain().hasIntent(taught.intent())) {
                examples.add(new NluExample(taught.intent(), taught.text(), List.of(),
                        "knowledge memory, labelled example " + taught.id()));
            }
        }
        NluData nlu = project.nlu();
        return new NluData(examples, nlu.synonyms(), nlu.regexes(), nlu.lookups());
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
