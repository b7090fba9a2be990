package dev.apprentice.learning.eval;

import dev.apprentice.learning.Strategies;
import dev.apprentice.learning.eval.PoolSimulation.Point;
import dev.apprentice.nlu.FeatureBuilder;
import dev.apprentice.nlu.MiniLmEmbedder;
import dev.apprentice.nlu.SoftmaxClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures learning curves of every query strategy on CLINC150 and HWU64: pool-based
 * simulations (see {@link PoolSimulation}) from the same seed set per seed, three seeds each.
 * Writes {@code learning-curves-<data set>.csv} (strategy, seed, labels, accuracy) and
 * {@code .svg} (mean over seeds) into the output folder, and prints per strategy the labels
 * needed to reach 95 % of the accuracy of training on the whole pool, and the ratio of that
 * to random selection. Progress goes to stderr.
 *
 * <p>Arguments: {@code [data folder] [output folder] [features] [data sets]}, by default
 * {@code ../shared/data}, {@code docs}, {@code embedding} and {@code clinc150,hwu64}. Features
 * {@code embedding} are the sentence embedding alone. Features {@code engine} add the hashed
 * n-grams that {@code NluEngine} uses, so every vector has 4480 rather than 384 entries.
 * Embeddings are cached under {@code target/learning-curves/}.
 */
public final class LearningCurves {

    static final int SEEDS = 3;
    static final double TARGET_SHARE = 0.95;
    static final double DIVERSITY = 0.5;
    /** Seed of the pool and test subsamples, the same for every run. */
    static final long SAMPLE_SEED = 7;
    /**
     * At most 20 epochs without a held-out split, so that every round trains the same way.
     * Batches of 8 take four times the steps of the default 32 at almost the same cost. Trained
     * on 1500 CLINC150 examples, validation accuracy was 0.793 (20 epochs) and 0.873 (40) with
     * batches of 32, and 0.898 (20) and 0.903 (40) with batches of 8.
     */
    static final SoftmaxClassifier.Options TRAINING =
            new SoftmaxClassifier.Options(2.0, 1e-5, 8, 20, 5, 0.0, 5, 1e-3, false, 42L);

    private static final Path CACHE = Path.of("target", "learning-curves");

    /**
     * The sizes of one data set's simulation.
     *
     * @param poolSize examples drawn from the training split as the unlabelled pool
     * @param testSize examples drawn from the test split, at most
     * @param maxLabels labelled examples at which each run stops
     */
    record Plan(int poolSize, int testSize, int maxLabels) {
    }

    private LearningCurves() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path output = Path.of(args.length > 1 ? args[1] : "docs");
        String features = args.length > 2 ? args[2] : "embedding";
        if (!List.of("embedding", "engine").contains(features)) {
            throw new IllegalArgumentException("features must be embedding or engine, was "
                    + features);
        }
        List<String> dataSets = List.of((args.length > 3 ? args[3] : "clinc150,hwu64").split(","));
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "learning curves: features=%s (all-MiniLM-L6-v2%s),"
                + " classifier SoftmaxClassifier trained from scratch each round for %d epochs,"
                + " seeds=%d, diversity=%.2f (random: 0), threads=%d%n", features,
                features.equals("engine") ? " + 4096 hashed n-gram buckets" : " only",
                TRAINING.maxEpochs(), SEEDS, DIVERSITY, threads);
        MiniLmEmbedder model = new MiniLmEmbedder(0);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            if (dataSets.contains("clinc150")) {
                run(data.resolve("clinc150"), output, features, model, executor,
                        new Plan(4500, 3000, 1500));
            }
            if (dataSets.contains("hwu64")) {
                run(data.resolve("hwu64"), output, features, model, executor,
                        new Plan(4000, 1076, 1600));
            }
        } finally {
            executor.shutdown();
        }
    }

    private static void run(Path folder, Path output, String features, MiniLmEmbedder model,
            ExecutorService executor, Plan plan) throws Exception {
        if (!Files.isDirectory(folder)) {
            System.out.println("learning curves: skipped, " + folder + " is missing");
            return;
        }
        IntentData full = folder.getFileName().toString().equals("hwu64")
                ? IntentData.hwu64(folder) : IntentData.clinc150(folder);
        IntentData data = new IntentData(full.name(), sample(full.train(), plan.poolSize()),
                sample(full.test(), plan.testSize()));
        List<String> intents = full.intents();
        EmbeddingCache cache = new EmbeddingCache(model, "all-MiniLM-L6-v2");
        List<String> texts = new ArrayList<>(data.train().stream().map(e -> e.text()).toList());
        data.test().forEach(e -> texts.add(e.text()));
        cache.load(CACHE.resolve("embeddings-" + data.name() + ".bin"), texts);

        PoolSimulation simulation = simulation(data, intents, cache, features, plan);
        int batch = intents.size();
        System.out.printf(Locale.ROOT, "%s: %d intents; pool %d of %d training examples and"
                + " test %d of %d (uniform sample, seed %d); seed set 2 per intent (%d), batches"
                + " of %d up to %d labels%n", data.name(), intents.size(), data.train().size(),
                full.train().size(), data.test().size(), full.test().size(), SAMPLE_SEED,
                2 * intents.size(), batch, plan.maxLabels());

        Future<Double> fullPool = executor.submit(simulation::fullPoolAccuracy);
        List<Point> points = simulate(simulation, executor, data.name());
        CurveReport report = new CurveReport(data.name(), points, fullPool.get(),
                TARGET_SHARE);
        report.write(output);
        report.print();
    }

    private static PoolSimulation simulation(IntentData data, List<String> intents,
            EmbeddingCache cache, String features, Plan plan) {
        FeatureBuilder builder = new FeatureBuilder(cache.dimension(),
                features.equals("engine") ? FeatureBuilder.DEFAULT_HASH_BUCKETS : 0,
                FeatureBuilder.DEFAULT_HASHED_WEIGHT);
        return new PoolSimulation(intents, examples(data.train(), intents, cache, builder),
                examples(data.test(), intents, cache, builder), cache,
                new PoolSimulation.Settings(2, intents.size(), plan.maxLabels(), DIVERSITY,
                        TRAINING));
    }

    private static List<Point> simulate(PoolSimulation simulation, ExecutorService executor,
            String name) throws InterruptedException, ExecutionException {
        List<Future<List<Point>>> runs = new ArrayList<>();
        long started = System.nanoTime();
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (String strategy : Strategies.NAMES) {
                long runSeed = seed;
                runs.add(executor.submit(() -> {
                    List<Point> curve = simulation.run(strategy, runSeed);
                    Point last = curve.get(curve.size() - 1);
                    System.err.printf(Locale.ROOT, "%s: %s seed %d done, %d labels, accuracy"
                            + " %.3f (%.0f s since start)%n", name, strategy, runSeed,
                            last.labels(), last.accuracy(), (System.nanoTime() - started) / 1e9);
                    return curve;
                }));
            }
        }
        List<Point> points = new ArrayList<>();
        for (Future<List<Point>> run : runs) {
            points.addAll(run.get());
        }
        return points;
    }

    private static PoolSimulation.Examples examples(List<IntentData.Example> examples,
            List<String> intents, EmbeddingCache cache, FeatureBuilder builder) {
        List<String> texts = examples.stream().map(IntentData.Example::text).toList();
        List<float[]> features = texts.stream()
                .map(text -> builder.build(text, cache.embed(text))).toList();
        int[] labels = examples.stream().mapToInt(e -> intents.indexOf(e.intent())).toArray();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalStateException("intent " + examples.get(i).intent()
                        + " of a test example has no training example");
            }
        }
        return new PoolSimulation.Examples(texts, features, labels);
    }

    /** Returns {@code size} of {@code examples} in random order, drawn with the fixed seed. */
    static <T> List<T> sample(List<T> examples, int size) {
        List<T> shuffled = new ArrayList<>(examples);
        Collections.shuffle(shuffled, new Random(SAMPLE_SEED));
        return List.copyOf(shuffled.subList(0, Math.min(size, shuffled.size())));
    }
}
