package dev.apprentice.nlu;

import dev.apprentice.domain.Domain;
import dev.apprentice.nlu.ParseResult.Entity;
import dev.apprentice.nlu.ParseResult.IntentScore;
import dev.apprentice.project.BotConfig;
import dev.apprentice.training.NluData;
import dev.apprentice.training.NluExample;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Understands one message: the intent, a ranking of intents and the entities, in the shape of
 * Rasa's {@code /model/parse} result.
 *
 * <p>{@link #parse} strips the text and then tries, in order: the {@code /intent} shortcut of
 * {@link IntentShortcut}; the trained classifier over sentence embeddings and hashed n-grams. The
 * ranking lists the top {@value #RANKING_LENGTH} intents with their probabilities renormalised to
 * sum to one (as Rasa's DIETClassifier does with {@code renormalize_confidences: true}; its
 * default lists raw softmax values), and the intent confidence is the first of them. With a
 * FallbackClassifier in the config, a top confidence below {@code threshold} or a margin between
 * the first two below {@code ambiguity_threshold} makes the intent {@code nlu_fallback} with
 * confidence {@code threshold}, put in front of the ranking. Entities come from
 * {@link EntityExtractor}, minus those the predicted intent does not use.
 *
 * <p>Training data with a single intent needs no classifier; that intent gets confidence 1.0.
 * Without examples, a domain with one intent predicts it the same way and any other domain
 * predicts no intent. Call {@link #train()} before {@link #parse}; after that, parsing and
 * {@link #learn} may run from several threads.
 */
public final class NluEngine {

    public static final int RANKING_LENGTH = 10;
    public static final String FALLBACK_INTENT = "nlu_fallback";

    private static final Logger LOG = Logger.getLogger(NluEngine.class);

    private final Domain domain;
    private final NluData data;
    private final BotConfig config;
    private final SentenceEmbedder embedder;
    private final FeatureBuilder features;
    private final SoftmaxClassifier.Options options;
    private final IntentShortcut shortcut;
    private final EntityExtractor extractor;
    private volatile Model model;

    /**
     * The trained state; {@code classifier} is null when the labels need none. {@code version}
     * is new for every {@link #train()} and stays the same through {@link #learn} steps.
     */
    private record Model(List<String> labels, SoftmaxClassifier classifier, String version) {
    }

    /**
     * A summary of one {@link #train()} run.
     *
     * @param heldOutAccuracy intent accuracy on the held-out examples, NaN when none were held out
     */
    public record TrainingReport(int examples, int classes, int epochs, long millis,
            double heldOutAccuracy) {
    }

    public NluEngine(Domain domain, NluData data, BotConfig config, SentenceEmbedder embedder) {
        this(domain, data, config, embedder, FeatureBuilder.withDefaults(embedder.dimension()),
                SoftmaxClassifier.Options.DEFAULTS);
    }

    public NluEngine(Domain domain, NluData data, BotConfig config, SentenceEmbedder embedder,
            FeatureBuilder features, SoftmaxClassifier.Options options) {
        this.domain = domain;
        this.data = data;
        this.config = config;
        this.embedder = embedder;
        this.features = features;
        this.options = options;
        this.shortcut = new IntentShortcut(domain);
        this.extractor = new EntityExtractor(domain, data);
    }

    /**
     * Embeds every example and trains the intent classifier, replacing the earlier model.
     * Examples of intents the domain does not know are skipped.
     */
    public TrainingReport train() {
        return train(SoftmaxClassifier.EpochListener.NONE);
    }

    /** Trains as {@link #train()} does, reporting each epoch of the classifier. */
    public TrainingReport train(SoftmaxClassifier.EpochListener listener) {
        long started = System.nanoTime();
        List<NluExample> examples = data.examples().stream()
                .filter(e -> domain.hasIntent(e.intent())).toList();
        if (examples.size() < data.examples().size()) {
            LOG.warnf("nlu.train skipped %d examples of intents missing from the domain",
                    data.examples().size() - examples.size());
        }
        List<String> labels = labels(examples);
        String version = newVersion();
        if (labels.size() < 2) {
            model = new Model(labels, null, version);
            return new TrainingReport(examples.size(), labels.size(), 0,
                    millisSince(started), Double.NaN);
        }
        List<float[]> x = featuresOf(examples.stream().map(NluExample::text).toList());
        int[] y = examples.stream().mapToInt(e -> labels.indexOf(e.intent())).toArray();
        SoftmaxClassifier classifier = new SoftmaxClassifier(labels.size(), features.dimension());
        SoftmaxClassifier.TrainingResult result = classifier.train(x, y, options, listener);
        model = new Model(labels, classifier, version);
        TrainingReport report = new TrainingReport(examples.size(), labels.size(),
                result.epochs(), millisSince(started), result.heldOutAccuracy());
        LOG.debugf("nlu.train version=%s examples=%d classes=%d epochs=%d millis=%d", version,
                report.examples(), report.classes(), report.epochs(), report.millis());
        return report;
    }

    /** Parses one message. Thread-safe once trained. */
    public ParseResult parse(String text) {
        Model trained = trainedModel();
        String stripped = text == null ? "" : text.strip();
        if (!MiniLmEmbedder.hasVisibleText(stripped)) {
            return ParseResult.empty(stripped);
        }
        Optional<ParseResult> direct = shortcut.parse(stripped);
        if (direct.isPresent()) {
            return direct.get();
        }
        List<IntentScore> ranking = ranking(trained, stripped);
        IntentScore intent = ranking.isEmpty() ? null : ranking.get(0);
        if (intent != null && shouldFallBack(ranking)) {
            intent = new IntentScore(FALLBACK_INTENT, config.nluThreshold());
            List<IntentScore> withFallback = new ArrayList<>(ranking);
            withFallback.add(0, intent);
            ranking = withFallback;
        }
        // Every entity found is returned: in Rasa, use_entities and ignore_entities only keep
        // entities out of the dialogue state, which the policies' featurisation handles.
        List<Entity> entities = extractor.extract(stripped);
        String version = ranking.isEmpty() ? null : trained.version();
        return new ParseResult(stripped, intent, entities, ranking, tokens(stripped), version);
    }

    /** Returns the version of the trained model, new with every {@link #train()}. */
    public String modelVersion() {
        return trainedModel().version();
    }

    /**
     * Returns the classifier's input vector for {@code text}: its sentence embedding followed
     * by the hashed n-gram features. Query strategies compare these vectors.
     */
    public float[] features(String text) {
        return featuresOf(List.of(text == null ? "" : text.strip())).get(0);
    }

    /** The intents the classifier ranks, in the order of {@link #probabilities}. */
    public List<String> labels() {
        return trainedModel().labels();
    }

    /**
     * Returns the classifier's probability of every label for {@code text}, before ranking,
     * renormalisation and fallback; the measure behind doubt scores.
     */
    public double[] probabilities(String text) {
        Model trained = trainedModel();
        if (trained.classifier() == null) {
            return trained.labels().isEmpty() ? new double[0] : new double[] {1.0};
        }
        return trained.classifier().predictProba(featuresOf(List.of(text.strip())).get(0));
    }

    /**
     * Takes {@code steps} online gradient steps towards {@code intent} for {@code text}, so that
     * a user's correction shows in the next parse. Returns false, changing nothing, when the
     * intent is not one of the labels; a new intent needs {@link #train()}.
     */
    public boolean learn(String text, String intent, int steps) {
        Model trained = trainedModel();
        int label = trained.labels().indexOf(intent);
        if (label < 0 || trained.classifier() == null) {
            return false;
        }
        trained.classifier().update(featuresOf(List.of(text.strip())).get(0), label, steps);
        return true;
    }

    private List<IntentScore> ranking(Model trained, String text) {
        if (trained.classifier() == null) {
            return trained.labels().isEmpty()
                    ? List.of() : List.of(new IntentScore(trained.labels().get(0), 1.0));
        }
        double[] p = trained.classifier().predictProba(featuresOf(List.of(text)).get(0));
        return Ranking.top(trained.labels(), p, RANKING_LENGTH);
    }

    private boolean shouldFallBack(List<IntentScore> ranking) {
        if (!config.fallbackClassifier()) {
            return false;
        }
        double top = ranking.get(0).confidence();
        if (top < config.nluThreshold()) {
            return true;
        }
        return ranking.size() > 1
                && top - ranking.get(1).confidence() < config.ambiguityThreshold();
    }

    private List<float[]> featuresOf(List<String> texts) {
        List<float[]> embeddings = embedder.embedAll(texts);
        List<float[]> result = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            result.add(features.build(texts.get(i), embeddings.get(i)));
        }
        return result;
    }

    private List<String> labels(List<NluExample> examples) {
        Set<String> labels = new LinkedHashSet<>();
        examples.forEach(e -> labels.add(e.intent()));
        if (labels.isEmpty() && domain.intents().size() == 1) {
            labels.add(domain.intents().get(0).name());
        }
        return List.copyOf(labels);
    }

    private static List<int[]> tokens(String text) {
        return Tokenizer.tokenize(text).stream()
                .map(t -> new int[] {t.start(), t.end()}).toList();
    }

    private Model trainedModel() {
        Model trained = model;
        if (trained == null) {
            throw new IllegalStateException("the NLU model is not trained; call train() first");
        }
        return trained;
    }

    /** Returns a short random id; a time stamp would repeat when two trainings start at once. */
    private static String newVersion() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
