package dev.apprentice.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * The query strategies by name. Uncertainty strategies read the classifier's probabilities;
 * the committee strategies read the classifier and every member in {@link Candidate#votes()};
 * expected gradient length reads the probabilities and the feature norm of a softmax regression.
 */
public final class Strategies {

    /** Every name {@link #byName} accepts, in the order evaluation reports them. */
    public static final List<String> NAMES = List.of("random", "least_confidence", "margin",
            "entropy", "vote_entropy", "mean_kl", "expected_gradient_length");

    /**
     * Weight of the soft tie-break in {@link #voteEntropy}. The mean entropy is at most
     * ln(labels), so for fewer than 10^4 labels the term stays below 10^-5, far below the gaps
     * between the vote entropies of a small committee (more than 0.4 for three members).
     */
    static final double TIE_BREAK = 1e-6;

    private Strategies() {
    }

    /**
     * Returns the strategy called {@code name} (case-insensitive, dashes or underscores).
     * {@code seed} feeds the random strategy only.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static QueryStrategy byName(String name, long seed) {
        String key = name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (key) {
            case "random" -> random(seed);
            case "least_confidence" -> of(key, Strategies::leastConfidence);
            case "margin" -> of(key, Strategies::margin);
            case "entropy" -> of(key, c -> entropy(c.probabilities()));
            case "vote_entropy" -> of(key, Strategies::voteEntropy);
            case "mean_kl" -> of(key, Strategies::meanKl);
            case "expected_gradient_length" -> of(key, Strategies::expectedGradientLength);
            default -> throw new IllegalArgumentException(
                    "unknown query strategy '" + name + "'; known: " + String.join(", ", NAMES));
        };
    }

    /**
     * Returns a strategy that scores uniformly at random. It is not thread-safe, because one
     * seeded source serves every call.
     */
    public static QueryStrategy random(long seed) {
        Random random = new Random(seed);
        return of("random", c -> random.nextDouble());
    }

    /** Returns one minus the top probability. */
    static double leastConfidence(Candidate c) {
        return 1.0 - max(c.probabilities());
    }

    /** Returns the negated gap between the two top probabilities, so a small gap scores high. */
    static double margin(Candidate c) {
        double first = 0;
        double second = 0;
        for (double p : c.probabilities()) {
            if (p > first) {
                second = first;
                first = p;
            } else if (p > second) {
                second = p;
            }
        }
        return -(first - second);
    }

    /** Shannon entropy in nats; zero probabilities contribute nothing. */
    static double entropy(double[] p) {
        double h = 0;
        for (double v : p) {
            if (v > 0) {
                h -= v * Math.log(v);
            }
        }
        return h;
    }

    /**
     * Entropy of the hard votes of the classifier and every committee member. A few members
     * allow only a few distinct values, so ties are broken by the entropy of the members' mean
     * probabilities, scaled by {@value #TIE_BREAK} so that it never reorders distinct vote
     * splits. Without the tie-break a batch of tied candidates would follow the pool's order.
     */
    static double voteEntropy(Candidate c) {
        List<double[]> members = members(c);
        double[] votes = new double[c.probabilities().length];
        for (double[] member : members) {
            votes[argmax(member)] += 1.0 / members.size();
        }
        return entropy(votes) + TIE_BREAK * entropy(mean(members));
    }

    /** Mean Kullback-Leibler divergence of each member from the members' average. */
    static double meanKl(Candidate c) {
        List<double[]> members = members(c);
        double[] mean = mean(members);
        double total = 0;
        for (double[] member : members) {
            total += kl(member, mean);
        }
        return total / members.size();
    }

    /**
     * Returns the expected norm of the cross-entropy gradient of a softmax regression if the
     * candidate were labelled, with the label drawn from the model's own probabilities. For
     * label y the gradient is (p - e_y) times the input with its bias term, so its norm factors.
     */
    static double expectedGradientLength(Candidate c) {
        double[] p = c.probabilities();
        double inputNorm = Math.sqrt(squaredNorm(c.features()) + 1.0);
        double squaredP = 0;
        for (double v : p) {
            squaredP += v * v;
        }
        double expected = 0;
        for (double py : p) {
            expected += py * Math.sqrt(Math.max(0, squaredP - 2 * py + 1));
        }
        return expected * inputNorm;
    }

    private static double[] mean(List<double[]> members) {
        double[] mean = new double[members.get(0).length];
        for (double[] member : members) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += member[i] / members.size();
            }
        }
        return mean;
    }

    private static List<double[]> members(Candidate c) {
        List<double[]> members = new ArrayList<>(c.votes().size() + 1);
        members.add(c.probabilities());
        members.addAll(c.votes());
        return members;
    }

    private static double kl(double[] p, double[] q) {
        double d = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0 && q[i] > 0) {
                d += p[i] * Math.log(p[i] / q[i]);
            }
        }
        return d;
    }

    static double squaredNorm(float[] x) {
        double s = 0;
        for (float v : x) {
            s += (double) v * v;
        }
        return s;
    }

    private static double max(double[] p) {
        double m = 0;
        for (double v : p) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    private static QueryStrategy of(String name, ToDoubleFunction<Candidate> scorer) {
        return new QueryStrategy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double score(Candidate candidate) {
                return scorer.applyAsDouble(candidate);
            }
        };
    }
}
