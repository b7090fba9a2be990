package dev.apprentice.nlu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.domain.Domain;
import dev.apprentice.domain.Intent;
import dev.apprentice.json.Json;
import dev.apprentice.nlu.FeatureBuilder;
import dev.apprentice.nlu.MiniLmEmbedder;
import dev.apprentice.nlu.NluEngine;
import dev.apprentice.nlu.SoftmaxClassifier;
import dev.apprentice.project.BotConfig;
import dev.apprentice.training.NluData;
import dev.apprentice.training.NluExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures the intent classifier on CLINC150 (Larson et al., EMNLP 2019, "Full" variant): trains
 * on the {@code train} split plus {@code oos_train} as one more intent, {@code out_of_scope}
 * (the paper's "oos-train" scheme), and reports on {@code val} and {@code oos_val}: in-scope
 * accuracy, out-of-scope recall, macro-F1 over all 151 intents, training time and parse
 * throughput.
 *
 * <p>Arguments: {@code [data folder] [hash buckets] [hashed weight]}; the folder defaults to
 * {@code ../shared/data/clinc150}, and buckets 0 leaves the hashed n-gram features out.
 */
public final class ClincEvaluation {

    private static final String OOS_LABEL = "oos";
    private static final String OUT_OF_SCOPE = "out_of_scope";
    private static final int CHUNK = 1000;

    private ClincEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/clinc150");
        int buckets = args.length > 1
                ? Integer.parseInt(args[1]) : FeatureBuilder.DEFAULT_HASH_BUCKETS;
        float weight = args.length > 2
                ? Float.parseFloat(args[2]) : FeatureBuilder.DEFAULT_HASHED_WEIGHT;
        JsonNode splits = Json.MAPPER.readTree(
                Files.readString(folder.resolve("data_full_train_val.json")));
        List<NluExample> train = examples(splits, "train", "oos_train");
        List<NluExample> test = examples(splits, "val", "oos_val");
        System.out.printf("CLINC150 oos-train scheme: %d training and %d validation examples,"
                + " features: embedding + %d hashed buckets (weight %.2f)%n",
                train.size(), test.size(), buckets, weight);

        MiniLmEmbedder embedder = new MiniLmEmbedder(train.size() + 1000);
        embedder.warmUp();
        embedInChunks(embedder, train);
        NluEngine engine = new NluEngine(domain(train),
                new NluData(train, Map.of(), List.of(), List.of()), BotConfig.DEFAULT, embedder,
                new FeatureBuilder(embedder.dimension(), buckets, weight),
                SoftmaxClassifier.Options.DEFAULTS);
        NluEngine.TrainingReport report = engine.train((epoch, loss, heldOutLoss) ->
                System.out.printf("epoch %d: training loss %.4f, held-out loss %.4f%n",
                        epoch, loss, heldOutLoss));
        System.out.printf("trained: %d classes, %d epochs, %.1f s (after embedding),"
                + " held-out accuracy %.4f%n", report.classes(), report.epochs(),
                report.millis() / 1000.0, report.heldOutAccuracy());

        evaluate(engine, test).print();
    }

    private static Scores evaluate(NluEngine engine, List<NluExample> test) {
        Scores scores = new Scores(engine.labels());
        long started = System.nanoTime();
        for (int i = 0; i < test.size(); i++) {
            NluExample example = test.get(i);
            scores.add(example.intent(), engine.parse(example.text()).intentName());
            if ((i + 1) % CHUNK == 0) {
                System.out.printf("parsed %d/%d%n", i + 1, test.size());
            }
        }
        scores.parseSeconds = (System.nanoTime() - started) / 1e9;
        return scores;
    }

    private static void embedInChunks(MiniLmEmbedder embedder, List<NluExample> examples) {
        long started = System.nanoTime();
        for (int from = 0; from < examples.size(); from += CHUNK) {
            int to = Math.min(examples.size(), from + CHUNK);
            embedder.embedAll(examples.subList(from, to).stream().map(NluExample::text).toList());
            System.out.printf("embedded %d/%d training examples (%.0f s)%n", to,
                    examples.size(), (System.nanoTime() - started) / 1e9);
        }
    }

    private static List<NluExample> examples(JsonNode splits, String inScope, String outOfScope) {
        List<NluExample> examples = new ArrayList<>();
        for (String split : List.of(inScope, outOfScope)) {
            for (JsonNode pair : splits.path(split)) {
                String label = pair.get(1).asText();
                examples.add(new NluExample(OOS_LABEL.equals(label) ? OUT_OF_SCOPE : label,
                        pair.get(0).asText(), List.of(), split));
            }
        }
        return examples;
    }

    private static Domain domain(List<NluExample> examples) {
        Set<String> names = new LinkedHashSet<>();
        examples.forEach(e -> names.add(e.intent()));
        List<Intent> intents = names.stream().map(Intent::named).toList();
        return new Domain(intents, List.of(), Map.of(), Map.of(), List.of(), Set.of(), Map.of(),
                null, false, Json.object());
    }

    /** Counts of predictions against gold labels, and the figures derived from them. */
    private static final class Scores {
        private final List<String> labels;
        private final int[] truePositives;
        private final int[] falsePositives;
        private final int[] falseNegatives;
        private int inScope;
        private int inScopeCorrect;
        private int outOfScope;
        private int outOfScopeFound;
        private double parseSeconds;

        Scores(List<String> labels) {
            this.labels = labels;
            this.truePositives = new int[labels.size()];
            this.falsePositives = new int[labels.size()];
            this.falseNegatives = new int[labels.size()];
        }

        void add(String gold, String predicted) {
            boolean correct = gold.equals(predicted);
            if (OUT_OF_SCOPE.equals(gold)) {
                outOfScope++;
                outOfScopeFound += correct ? 1 : 0;
            } else {
                inScope++;
                inScopeCorrect += correct ? 1 : 0;
            }
            int goldIndex = labels.indexOf(gold);
            int predictedIndex = predicted == null ? -1 : labels.indexOf(predicted);
            if (correct) {
                truePositives[goldIndex]++;
                return;
            }
            falseNegatives[goldIndex]++;
            if (predictedIndex >= 0) {
                falsePositives[predictedIndex]++;
            }
        }

        double macroF1() {
            double sum = 0;
            for (int c = 0; c < labels.size(); c++) {
                double denominator = 2.0 * truePositives[c] + falsePositives[c] + falseNegatives[c];
                sum += denominator == 0 ? 0 : 2.0 * truePositives[c] / denominator;
            }
            return sum / labels.size();
        }

        void print() {
            int parsed = inScope + outOfScope;
            System.out.printf("in-scope accuracy  %.4f (%d/%d)%n",
                    (double) inScopeCorrect / inScope, inScopeCorrect, inScope);
            System.out.printf("out-of-scope recall %.4f (%d/%d)%n",
                    (double) outOfScopeFound / outOfScope, outOfScopeFound, outOfScope);
            System.out.printf("macro-F1 (%d intents) %.4f%n", labels.size(), macroF1());
            System.out.printf("parse: %d messages in %.1f s, %.0f messages/s on one thread%n",
                    parsed, parseSeconds, parsed / parseSeconds);
        }
    }
}
