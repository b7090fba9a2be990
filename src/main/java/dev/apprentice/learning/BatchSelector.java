package dev.apprentice.learning;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks a batch of candidates greedily: each pick maximises the strategy's score, scaled to
 * [0, 1] over the pool, minus {@code diversity} times the largest cosine similarity of the
 * candidate's features to a candidate already picked. With diversity zero this is the top k by
 * score; with diversity one a near-paraphrase of a pick loses to almost anything else. Ties go
 * to the earlier candidate in the pool, and a NaN score ranks below every number.
 *
 * <p>Diversity turns the random strategy into a spread-out sample rather than a uniform one, so
 * a random baseline needs diversity zero.
 */
public final class BatchSelector {

    private final double diversity;

    public BatchSelector(double diversity) {
        if (diversity < 0 || Double.isNaN(diversity)) {
            throw new IllegalArgumentException("diversity must be zero or more: " + diversity);
        }
        this.diversity = diversity;
    }

    public double diversity() {
        return diversity;
    }

    /** Returns at most {@code size} candidates of {@code pool}, best first. */
    public List<Candidate> select(List<Candidate> pool, int size, QueryStrategy strategy) {
        double[] scores = scaled(pool.stream().mapToDouble(strategy::score).toArray());
        double[] norms = diversity > 0 ? norms(pool) : null;
        List<Candidate> picked = new ArrayList<>();
        boolean[] taken = new boolean[pool.size()];
        double[] closest = new double[pool.size()];
        while (picked.size() < Math.min(size, pool.size())) {
            int best = best(scores, closest, taken);
            taken[best] = true;
            Candidate pick = pool.get(best);
            picked.add(pick);
            if (norms == null) {
                continue;
            }
            for (int i = 0; i < pool.size(); i++) {
                if (!taken[i]) {
                    double similarity = cosine(pick.features(), norms[best],
                            pool.get(i).features(), norms[i]);
                    closest[i] = Math.max(closest[i], similarity);
                }
            }
        }
        return picked;
    }

    /** Returns the index of the untaken candidate of highest value; NaN values come last. */
    private int best(double[] scores, double[] closest, boolean[] taken) {
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            if (taken[i]) {
                continue;
            }
            double value = scores[i] - diversity * closest[i];
            if (best < 0 || value > bestValue || Double.isNaN(bestValue) && !Double.isNaN(value)) {
                best = i;
                bestValue = value;
            }
        }
        return best;
    }

    /** Scales finite scores to [0, 1]; all of them become 1 when they are equal. */
    private static double[] scaled(double[] scores) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            if (Double.isFinite(s)) {
                min = Math.min(min, s);
                max = Math.max(max, s);
            }
        }
        double range = max - min;
        double[] result = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            double s = scores[i];
            if (Double.isNaN(s)) {
                result[i] = Double.NaN;
            } else if (Double.isInfinite(s)) {
                result[i] = s > 0 ? 1.0 : 0.0;
            } else {
                result[i] = range > 0 ? (s - min) / range : 1.0;
            }
        }
        return result;
    }

    private static double[] norms(List<Candidate> pool) {
        double[] norms = new double[pool.size()];
        for (int i = 0; i < norms.length; i++) {
            norms[i] = Math.sqrt(Strategies.squaredNorm(pool.get(i).features()));
        }
        return norms;
    }

    static double cosine(float[] a, float[] b) {
        return cosine(a, Math.sqrt(Strategies.squaredNorm(a)), b,
                Math.sqrt(Strategies.squaredNorm(b)));
    }

    private static double cosine(float[] a, double normA, float[] b, double normB) {
        double dot = 0;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            dot += (double) a[i] * b[i];
        }
        double norms = normA * normB;
        return norms > 0 ? dot / norms : 0;
    }
}
