package dev.apprentice.clarify.eval;

import dev.apprentice.clarify.AmbiguousReferenceDetector;
import dev.apprentice.clarify.BotVocabulary;
import dev.apprentice.clarify.Doubt;
import dev.apprentice.clarify.DoubtContext;
import dev.apprentice.clarify.UncertainIntentDetector;
import dev.apprentice.clarify.UnknownTermDetector;
import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.nlu.Committee;
import dev.apprentice.nlu.NluEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures how well the doubt scores predict ClariQ's {@code clarification_need} (1 to 4) of an
 * initial request (Aliannejadi et al., 2020). A request's doubt score is the largest of: the
 * scores of the unknown-term and ambiguous-reference doubts raised on it (0 when none), and the
 * uncertain-intent score of {@link UncertainIntentDetector#measure} whether or not that detector
 * would fire. Three thresholds map the score to a level (level 1 + the number of thresholds at
 * or below the score). Only ClariQ's train split is available, so the thresholds are tuned on
 * four folds of its topics and applied to the fifth, for each of five folds (topic index modulo
 * 5). The pooled predictions are scored with weighted F1 as ClariQ's scorer computes it.
 */
final class ClariqEvaluation {

    static final int FOLDS = 5;
    private static final int GRID = 20;

    private final NluEngine engine;
    private final Committee committee;
    private final BotVocabulary vocabulary;
    private final UnknownTermDetector unknownTerms = new UnknownTermDetector();
    private final AmbiguousReferenceDetector references = new AmbiguousReferenceDetector();

    ClariqEvaluation(NluEngine engine, Committee committee, BotVocabulary vocabulary) {
        this.engine = engine;
        this.committee = committee;
        this.vocabulary = vocabulary;
    }

    /** One topic: its request and its clarification need. */
    record Topic(String id, String request, int need) {
    }

    /** The scores of one request, by detector. */
    record Scores(double unknownTerm, double reference, double intent) {
        double max() {
            return Math.max(unknownTerm, Math.max(reference, intent));
        }
    }

    /** Weighted F1 and accuracy, and the weighted F1 of always predicting the commonest level. */
    record Result(int topics, double weightedF1, double accuracy, double majorityWeightedF1,
            int majorityLevel, double[] meanScoreByLevel, Map<String, Double> firingRates) {
    }

    static List<Topic> read(Path train) throws IOException {
        Map<String, Topic> topics = new LinkedHashMap<>();
        for (String[] c : Tsv.read(train, true)) {
            topics.putIfAbsent(c[0], new Topic(c[0], c[1], Integer.parseInt(c[3].strip())));
        }
        return new ArrayList<>(topics.values());
    }

    Scores score(String text) {
        DoubtContext context = new DoubtContext(text, engine.parse(text), engine.labels(),
                engine.probabilities(text), committee.predict(text), List.of(), "clariq",
                KnowledgeView.EMPTY, vocabulary);
        return new Scores(max(unknownTerms.detect(context)), max(references.detect(context)),
                UncertainIntentDetector.measure(context.probabilities(), context.committee())
                        .score());
    }

    Result evaluate(List<Topic> topics) {
        List<Scores> scores = topics.stream().map(t -> score(t.request())).toList();
        double[] x = scores.stream().mapToDouble(Scores::max).toArray();
        int[] y = topics.stream().mapToInt(t -> t.need() - 1).toArray();
        int[] predicted = new int[y.length];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Integer> trainIndexes = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                if (i % FOLDS != fold) {
                    trainIndexes.add(i);
                }
            }
            double[] thresholds = tune(x, y, trainIndexes);
            for (int i = fold; i < y.length; i += FOLDS) {
                predicted[i] = level(x[i], thresholds);
            }
        }
        int majority = majority(y);
        int[] constant = new int[y.length];
        Arrays.fill(constant, majority);
        return new Result(topics.size(), Metrics.weightedF1(y, predicted, 4),
                accuracy(y, predicted), Metrics.weightedF1(y, constant, 4), majority + 1,
                meanByLevel(x, y), firingRates(scores));
    }

    /** Searches thresholds t1 <= t2 <= t3 among quantiles of the training scores. */
    private static double[] tune(double[] x, int[] y, List<Integer> indexes) {
        double[] values = indexes.stream().mapToDouble(i -> x[i]).sorted().toArray();
        double[] grid = new double[GRID + 2];
        for (int g = 0; g <= GRID; g++) {
            grid[g] = values[Math.min(values.length - 1, g * values.length / GRID)];
        }
        grid[GRID + 1] = Double.POSITIVE_INFINITY;
        int[] expected = indexes.stream().mapToInt(i -> y[i]).toArray();
        double[] best = {grid[GRID + 1], grid[GRID + 1], grid[GRID + 1]};
        double bestF1 = -1;
        for (int a = 0; a < grid.length; a++) {
            for (int b = a; b < grid.length; b++) {
                for (int c = b; c < grid.length; c++) {
                    double[] t = {grid[a], grid[b], grid[c]};
                    int[] got = indexes.stream().mapToInt(i -> level(x[i], t)).toArray();
                    double f1 = Metrics.weightedF1(expected, got, 4);
                    if (f1 > bestF1) {
                        bestF1 = f1;
                        best = t;
                    }
                }
            }
        }
        return best;
    }

    /** Returns the 0-based level: the number of thresholds at or below {@code score}. */
    private static int level(double score, double[] thresholds) {
        int level = 0;
        for (double t : thresholds) {
            level += score >= t ? 1 : 0;
        }
        return level;
    }

    private static double max(List<Doubt> doubts) {
        return doubts.stream().mapToDouble(Doubt::score).max().orElse(0);
    }

    private static int majority(int[] y) {
        int[] counts = new int[4];
        Arrays.stream(y).forEach(v -> counts[v]++);
        int best = 0;
        for (int c = 1; c < 4; c++) {
            best = counts[c] > counts[best] ? c : best;
        }
        return best;
    }

    private static double accuracy(int[] y, int[] predicted) {
        int correct = 0;
        for (int i = 0; i < y.length; i++) {
            correct += y[i] == predicted[i] ? 1 : 0;
        }
        return (double) correct / y.length;
    }

    private static double[] meanByLevel(double[] x, int[] y) {
        double[] sums = new double[4];
        int[] counts = new int[4];
        for (int i = 0; i < y.length; i++) {
            sums[y[i]] += x[i];
            counts[y[i]]++;
        }
        double[] means = new double[4];
        for (int c = 0; c < 4; c++) {
            means[c] = counts[c] == 0 ? Double.NaN : sums[c] / counts[c];
        }
        return means;
    }

    private static Map<String, Double> firingRates(List<Scores> scores) {
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("unknown_term", share(scores, s -> s.unknownTerm() > 0));
        rates.put("ambiguous_reference", share(scores, s -> s.reference() > 0));
        return rates;
    }

    private static double share(List<Scores> scores, java.util.function.Predicate<Scores> test) {
        return (double) scores.stream().filter(test).count() / scores.size();
    }
}
