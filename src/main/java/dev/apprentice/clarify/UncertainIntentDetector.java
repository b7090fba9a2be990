package dev.apprentice.clarify;

import dev.apprentice.nlu.NluEngine;
import dev.apprentice.nlu.Probabilities;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds messages whose intent the classifier or its committee is unsure of. Four measures, each
 * in [0, 1], are compared with their own threshold, and any one crossing it raises the doubt:
 * <ul>
 *   <li>entropy {@code H(y|x) = -sum p log p} of the classifier divided by {@code log K}, for
 *       {@code K} labels: the doubt fires at or above {@code entropy};</li>
 *   <li>the margin between the classifier's two most probable labels: fires at or below
 *       {@code margin};</li>
 *   <li>vote entropy: the entropy of the labels that the classifier and each committee member
 *       rank first, divided by {@code log min(M, K)} for {@code M} voters: fires at or above
 *       {@code voteEntropy};</li>
 *   <li>divergence: the mean Kullback-Leibler divergence of each voter's distribution from their
 *       mean (the consensus), divided by its upper bound {@code log M}: fires at or above
 *       {@code divergence}.</li>
 * </ul>
 * The doubt's score is the largest of normalised entropy, {@code 1 - margin}, vote entropy and
 * divergence. Its options are the most probable intents, with a readable label made from the
 * intent name ("reset_password" reads "reset password"). Not knowing the intent blocks an
 * action, so the doubt is blocking. The span is the whole message.
 */
public final class UncertainIntentDetector implements DoubtDetector {

    /** Options below this classifier probability are left out unless fewer than two remain. */
    public static final double MIN_OPTION_PROBABILITY = 0.05;

    private final Thresholds thresholds;
    private final int maxOptions;

    /**
     * The thresholds of the four measures.
     *
     * @param entropy normalised entropy at or above which the classifier is unsure
     * @param margin top-two margin at or below which the classifier is unsure
     * @param voteEntropy normalised vote entropy at or above which the committee disagrees
     * @param divergence normalised mean divergence at or above which the committee disagrees
     */
    public record Thresholds(double entropy, double margin, double voteEntropy,
            double divergence) {

        /** Defaults set by hand, not tuned on data; each mode may override them. */
        public static final Thresholds DEFAULTS = new Thresholds(0.5, 0.2, 0.6, 0.3);
    }

    /** The four measures of one message, each in [0, 1]. */
    public record Uncertainty(double entropy, double margin, double voteEntropy,
            double divergence) {

        /** Returns the largest of entropy, {@code 1 - margin}, vote entropy and divergence. */
        public double score() {
            return Math.max(Math.max(entropy, 1 - margin), Math.max(voteEntropy, divergence));
        }

        boolean crosses(Thresholds t) {
            return entropy >= t.entropy() || margin <= t.margin()
                    || voteEntropy >= t.voteEntropy() || divergence >= t.divergence();
        }
    }

    public UncertainIntentDetector() {
        this(Thresholds.DEFAULTS, 3);
    }

    /** @param maxOptions how many intents to offer at most, at least two */
    public UncertainIntentDetector(Thresholds thresholds, int maxOptions) {
        if (maxOptions < 2) {
            throw new IllegalArgumentException("maxOptions must be >= 2, was " + maxOptions);
        }
        this.thresholds = thresholds;
        this.maxOptions = maxOptions;
    }

    @Override
    public DoubtKind kind() {
        return DoubtKind.UNCERTAIN_INTENT;
    }

    @Override
    public List<Doubt> detect(DoubtContext context) {
        double[] p = context.probabilities();
        List<String> labels = context.labels();
        if (p == null || labels.size() < 2 || p.length != labels.size()) {
            return List.of();
        }
        List<double[]> committee = context.committee().stream()
                .filter(member -> member.length == p.length).toList();
        Uncertainty uncertainty = measure(p, committee);
        if (!uncertainty.crosses(thresholds)) {
            return List.of();
        }
        String text = context.text() == null ? "" : context.text();
        Span span = new Span(0, text.codePointCount(0, text.length()), text);
        List<DoubtOption> options = options(labels, p);
        return List.of(new Doubt(DoubtKind.UNCERTAIN_INTENT, span, options,
                uncertainty.score(), explanation(options), true));
    }

    /**
     * Measures the uncertainty of the classifier's {@code probabilities} and of the committee
     * members' vectors over the same labels.
     */
    public static Uncertainty measure(double[] probabilities, List<double[]> committee) {
        int k = probabilities.length;
        double entropy = k < 2 ? 0 : Probabilities.entropy(probabilities) / Math.log(k);
        List<double[]> voters = new ArrayList<>();
        voters.add(probabilities);
        voters.addAll(committee);
        return new Uncertainty(clamp(entropy), margin(probabilities), voteEntropy(voters, k),
                divergence(voters));
    }

    /** Turns an intent name into words a user can read: "reset_password" to "reset password". */
    public static String readable(String intent) {
        return intent.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ')
                .strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static double margin(double[] p) {
        double first = 0;
        double second = 0;
        for (double x : p) {
            if (x > first) {
                second = first;
                first = x;
            } else if (x > second) {
                second = x;
            }
        }
        return clamp(first - second);
    }

    private static double voteEntropy(List<double[]> voters, int k) {
        int m = voters.size();
        if (m < 2 || k < 2) {
            return 0;
        }
        double[] votes = new double[k];
        voters.forEach(v -> votes[Probabilities.argmax(v)] += 1.0 / m);
        return clamp(Probabilities.entropy(votes) / Math.log(Math.min(m, k)));
    }

    private static double divergence(List<double[]> voters) {
        int m = voters.size();
        if (m < 2) {
            return 0;
        }
        double[] consensus = new double[voters.get(0).length];
        for (double[] v : voters) {
            for (int i = 0; i < consensus.length; i++) {
                consensus[i] += v[i] / m;
            }
        }
        double mean = voters.stream()
                .mapToDouble(v -> Probabilities.klDivergence(v, consensus)).sum() / m;
        return clamp(mean / Math.log(m));
    }

    private List<DoubtOption> options(List<String> labels, double[] p) {
        List<Integer> order = IntStream.range(0, p.length).boxed()
                .filter(i -> !NluEngine.FALLBACK_INTENT.equals(labels.get(i)))
                .sorted(Comparator.comparingDouble((Integer i) -> p[i]).reversed())
                .limit(maxOptions).toList();
        List<DoubtOption> options = new ArrayList<>();
        for (int i : order) {
            if (options.size() < 2 || p[i] >= MIN_OPTION_PROBABILITY) {
                options.add(new DoubtOption(labels.get(i), readable(labels.get(i))));
            }
        }
        return options;
    }

    private static String explanation(List<DoubtOption> options) {
        List<String> labels = options.stream().map(DoubtOption::label).toList();
        if (labels.size() < 2) {
            return "I'm not sure what you would like me to do.";
        }
        String head = String.join(", ", labels.subList(0, labels.size() - 1));
        return "I'm not sure whether you want to " + head + " or "
                + labels.get(labels.size() - 1) + ".";
    }

    private static double clamp(double x) {
        return Double.isNaN(x) ? 0 : Math.max(0, Math.min(1, x));
    }
}
