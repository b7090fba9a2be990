package dev.apprentice.nlu;

import java.util.Arrays;
import java.util.List;

/**
 * A k-nearest-neighbour intent model on sentence embeddings. The {@code k} training examples
 * most similar to the text (cosine, which is the dot product of unit vectors) vote for their
 * labels with weight {@code exp((similarity - best) / temperature)}, so a neighbour much further
 * away than the nearest one counts little. Each label also gets {@code smoothing} pseudo-votes,
 * which keeps every probability above zero.
 */
public final class NearestNeighbourClassifier implements CommitteeMember {

    public static final int DEFAULT_K = 7;
    public static final double DEFAULT_TEMPERATURE = 0.05;
    public static final double DEFAULT_SMOOTHING = 0.02;

    private final SentenceEmbedder embedder;
    private final int labelCount;
    private final List<float[]> vectors;
    private final int[] labels;
    private final int k;
    private final double temperature;
    private final double smoothing;

    /**
     * @param vectors unit-length embeddings of the training examples
     * @param labels the label index of each example, in {@code [0, labelCount)}
     */
    public NearestNeighbourClassifier(SentenceEmbedder embedder, int labelCount,
            List<float[]> vectors, int[] labels, int k, double temperature, double smoothing) {
        if (vectors.size() != labels.length || k < 1 || temperature <= 0 || smoothing <= 0
                || labelCount < 1) {
            throw new IllegalArgumentException("invalid nearest-neighbour settings: examples="
                    + vectors.size() + " labels=" + labels.length + " k=" + k
                    + " temperature=" + temperature + " smoothing=" + smoothing);
        }
        this.embedder = embedder;
        this.labelCount = labelCount;
        this.vectors = List.copyOf(vectors);
        this.labels = labels.clone();
        this.k = k;
        this.temperature = temperature;
        this.smoothing = smoothing;
    }

    @Override
    public String name() {
        return "knn";
    }

    @Override
    public double[] probabilities(String text) {
        float[] query = embedder.embed(text);
        int n = vectors.size();
        double[] similarity = new double[n];
        for (int i = 0; i < n; i++) {
            similarity[i] = dot(query, vectors.get(i));
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(similarity[b], similarity[a]));

        double[] votes = new double[labelCount];
        Arrays.fill(votes, smoothing);
        double best = n == 0 ? 0 : similarity[order[0]];
        for (int rank = 0; rank < Math.min(k, n); rank++) {
            int example = order[rank];
            votes[labels[example]] += Math.exp((similarity[example] - best) / temperature);
        }
        return Probabilities.normalise(votes);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
