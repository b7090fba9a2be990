package dev.apprentice.nlu;

/** Small helpers on probability vectors. */
public final class Probabilities {

    private Probabilities() {
    }

    /** Returns {@code weights} divided by their sum; uniform when the sum is not positive. */
    public static double[] normalise(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] p = new double[weights.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = sum > 0 ? weights[i] / sum : 1.0 / p.length;
        }
        return p;
    }

    /** Returns the softmax of {@code scores}, computed stably from the maximum. */
    public static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] exp = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            exp[i] = Math.exp(scores[i] - max);
        }
        return normalise(exp);
    }

    /** Returns the index of the largest entry, the first one on ties; -1 for an empty vector. */
    public static int argmax(double[] p) {
        int best = -1;
        for (int i = 0; i < p.length; i++) {
            if (best < 0 || p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Returns the Shannon entropy in nats, {@code -sum p log p}, with {@code 0 log 0 = 0}. */
    public static double entropy(double[] p) {
        double h = 0;
        for (double x : p) {
            if (x > 0) {
                h -= x * Math.log(x);
            }
        }
        return h;
    }

    /**
     * Returns the Kullback-Leibler divergence {@code KL(p || q)} in nats. Terms where {@code p}
     * is zero add nothing; a zero in {@code q} where {@code p} is not gives infinity.
     */
    public static double klDivergence(double[] p, double[] q) {
        double kl = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                kl += q[i] > 0 ? p[i] * Math.log(p[i] / q[i]) : Double.POSITIVE_INFINITY;
            }
        }
        return kl;
    }
}
