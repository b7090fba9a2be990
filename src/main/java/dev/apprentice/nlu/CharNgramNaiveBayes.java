package dev.apprentice.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multinomial naive Bayes intent model on character n-grams ({@value #MIN_N} to
 * {@value #MAX_N} code points) taken inside each lower-case word padded with {@code <} and
 * {@code >}. It sees spelling rather than meaning, so it disagrees with the embedding models
 * where a message shares words but not sense with the examples, and agrees with them on typos.
 *
 * <p>The n-grams of one word are far from independent, so the plain naive Bayes posterior is
 * close to 0 or 1 for almost every text. To keep it usable as a committee member, the
 * log-likelihood is averaged over the text's n-grams and multiplied by {@code sharpness} before
 * the softmax: a text whose n-grams favour a label by one nat each on average gets a log-odds of
 * {@code sharpness}. Counts use additive smoothing {@code alpha}.
 */
public final class CharNgramNaiveBayes implements CommitteeMember {

    public static final int MIN_N = 2;
    public static final int MAX_N = 4;
    public static final double DEFAULT_ALPHA = 0.5;
    public static final double DEFAULT_SHARPNESS = 8.0;

    private final int labelCount;
    private final double[] logPriors;
    private final List<Map<String, Integer>> counts;
    private final double[] totals;
    private final int vocabularySize;
    private final double alpha;
    private final double sharpness;

    /**
     * Trains on {@code texts} with label indexes {@code labels} in {@code [0, labelCount)}.
     */
    public CharNgramNaiveBayes(int labelCount, List<String> texts, int[] labels, double alpha,
            double sharpness) {
        if (texts.size() != labels.length || labelCount < 1 || alpha <= 0 || sharpness <= 0) {
            throw new IllegalArgumentException("invalid naive Bayes settings: texts="
                    + texts.size() + " labels=" + labels.length + " alpha=" + alpha
                    + " sharpness=" + sharpness);
        }
        this.labelCount = labelCount;
        this.alpha = alpha;
        this.sharpness = sharpness;
        this.counts = new ArrayList<>();
        this.totals = new double[labelCount];
        double[] examplesPerLabel = new double[labelCount];
        Map<String, Boolean> vocabulary = new HashMap<>();
        for (int c = 0; c < labelCount; c++) {
            counts.add(new HashMap<>());
        }
        for (int i = 0; i < texts.size(); i++) {
            examplesPerLabel[labels[i]]++;
            for (String gram : ngrams(texts.get(i))) {
                counts.get(labels[i]).merge(gram, 1, Integer::sum);
                totals[labels[i]]++;
                vocabulary.put(gram, Boolean.TRUE);
            }
        }
        this.vocabularySize = Math.max(1, vocabulary.size());
        this.logPriors = new double[labelCount];
        for (int c = 0; c < labelCount; c++) {
            logPriors[c] = Math.log((examplesPerLabel[c] + 1) / (texts.size() + labelCount));
        }
    }

    @Override
    public String name() {
        return "char-ngram-nb";
    }

    @Override
    public double[] probabilities(String text) {
        List<String> grams = ngrams(text);
        double[] scores = new double[labelCount];
        for (int c = 0; c < labelCount; c++) {
            double logLikelihood = 0;
            double denominator = totals[c] + alpha * vocabularySize;
            for (String gram : grams) {
                logLikelihood += Math.log((counts.get(c).getOrDefault(gram, 0) + alpha)
                        / denominator);
            }
            double mean = grams.isEmpty() ? 0 : logLikelihood / grams.size();
            scores[c] = logPriors[c] + sharpness * mean;
        }
        return Probabilities.softmax(scores);
    }

    static List<String> ngrams(String text) {
        List<String> grams = new ArrayList<>();
        for (String word : Tokenizer.words(text)) {
            int[] points = ('<' + word + '>').codePoints().toArray();
            for (int n = MIN_N; n <= MAX_N; n++) {
                for (int start = 0; start + n <= points.length; start++) {
                    grams.add(new String(points, start, n));
                }
            }
        }
        return grams;
    }
}
