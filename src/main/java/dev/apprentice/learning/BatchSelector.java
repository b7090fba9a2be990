package dev.apprentice.learning;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks a batch of candidates greedily: each pick maximises the strategy's score, scaled to
 * [0, 1] over the pool, minus {@code diversity} times the largest cosine similarity of the
 * candidate's features to a candidate already picked. With diversity zero this is the top k by
 * score; with diversity one a near-paraphrase of a pick loses to almost anything else.
 */
public final class BatchSelector {

    private final double diversity;

    public BatchSelector(double diversity) {
        if (diversity < 0 || Double.isNaN(diversity)) {
            throw new IllegalArgumentException("diversity must be zero or more: " + diversity);
        }
        this.diversity = diversity;
    }

    /** Returns at most {@code size} candidates of {@code pool}, best first. */
    public List<Candidate> select(List<Candidate> pool, int size, QueryStrategy strategy) {
        double[] scores = scaled(pool.stream().mapToDouble(strategy::score).toArray());
        List<Candidate> picked = new ArrayList<>();
        boolean[] taken = new boolean[pool.size()];
        double[] closest = new double[pool.size()];
        while (picked.size() < Math.min(size, pool.size())) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < pool.size(); i++) {
                double value = scores[i] - diversity * closest[i];
                if (!taken[i] && value > bestValue) {
                    best = i;
                    bestValue = value;
                }
            }
            taken[best] = true;
            Candidate pick = pool.get(best);
            picked.add(pick);
            for (int i = 0; i < pool.size(); i++) {
                if (!taken[i] && diversity > 0) {
                    double similarity = cosine(pick.features(), pool.get(i).features());
                    closest[i] = Math.max(closest[i], similarity);
                }
            }
        }
        return picked;
    }

    private static double[] scaled(double[] scores) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        double range = max - min;
        double[] result = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            result[i] = range > 0 ? (scores[i] - min) / range : 1.0;
        }
        return result;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            dot += (double) a[i] * b[i];
        }
        double norms = Math.sqrt(Strategies.squaredNorm(a) * Strategies.squaredNorm(b));
        return norms > 0 ? dot / norms : 0;
    }
}
