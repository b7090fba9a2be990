package dev.apprentice.clarify.eval;

import dev.apprentice.clarify.AmbiguousTermDetector;
import dev.apprentice.nlu.SentenceEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures whether sentence-embedding similarity separates word senses, the signal the
 * ambiguous-term detector relies on, on WiC (Pilehvar and Camacho-Collados, NAACL 2019). Each
 * pair is judged "same sense" when the cosine similarity of the two contexts of the target word
 * reaches a threshold, chosen for the best accuracy on the train split and then applied to the
 * development split. Two contexts are compared: the whole sentences, and a window of
 * {@value #WINDOW} tokens on each side of the target (taken at WiC's token index).
 */
final class WicEvaluation {

    static final int WINDOW = 3;

    private final SentenceEmbedder embedder;

    WicEvaluation(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    /** One pair: the two sentences (pre-tokenised), the target indexes and the label. */
    record Pair(String[] first, String[] second, int firstIndex, int secondIndex,
            boolean same) {
    }

    /** The outcome of one kind of context. */
    record Result(String context, double threshold, double trainAccuracy, double devAccuracy) {
    }

    static List<Pair> read(Path data, Path gold) throws IOException {
        List<String[]> rows = Tsv.read(data, false);
        List<String> labels = Files.readAllLines(gold);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i);
            String[] indexes = c[2].split("-");
            pairs.add(new Pair(c[3].split(" "), c[4].split(" "), Integer.parseInt(indexes[0]),
                    Integer.parseInt(indexes[1]), labels.get(i).strip().equals("T")));
        }
        return pairs;
    }

    List<Result> evaluate(List<Pair> train, List<Pair> dev) {
        List<Result> results = new ArrayList<>();
        for (int window : new int[] {-1, WINDOW}) {
            double[] trainScores = similarities(train, window);
            double threshold = bestThreshold(trainScores, train);
            String name = window < 0 ? "whole sentences" : "window of +-" + window + " tokens";
            results.add(new Result(name, threshold, accuracy(trainScores, train, threshold),
                    accuracy(similarities(dev, window), dev, threshold)));
        }
        return results;
    }

    private double[] similarities(List<Pair> pairs, int window) {
        List<String> texts = new ArrayList<>();
        for (Pair p : pairs) {
            texts.add(context(p.first(), p.firstIndex(), window));
            texts.add(context(p.second(), p.secondIndex(), window));
        }
        List<float[]> vectors = embedder.embedAll(texts);
        double[] scores = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            scores[i] = AmbiguousTermDetector.cosine(vectors.get(2 * i), vectors.get(2 * i + 1));
        }
        return scores;
    }

    private static String context(String[] tokens, int index, int window) {
        if (window < 0) {
            return String.join(" ", tokens);
        }
        int from = Math.max(0, index - window);
        int to = Math.min(tokens.length, index + window + 1);
        return String.join(" ", Arrays.copyOfRange(tokens, from, to));
    }

    /** Tries every midpoint between sorted scores and keeps the most accurate. */
    private static double bestThreshold(double[] scores, List<Pair> pairs) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double best = sorted[0];
        double bestAccuracy = -1;
        for (int i = 0; i + 1 < sorted.length; i++) {
            double threshold = (sorted[i] + sorted[i + 1]) / 2;
            double accuracy = accuracy(scores, pairs, threshold);
            if (accuracy > bestAccuracy) {
                bestAccuracy = accuracy;
                best = threshold;
            }
        }
        return best;
    }

    private static double accuracy(double[] scores, List<Pair> pairs, double threshold) {
        int correct = 0;
        for (int i = 0; i < scores.length; i++) {
            correct += (scores[i] >= threshold) == pairs.get(i).same() ? 1 : 0;
        }
        return (double) correct / scores.length;
    }
}
