package dev.apprentice.clarify.eval;

/** Classification scores computed the way scikit-learn computes them. */
final class Metrics {

    private Metrics() {
    }

    /** Returns F1 from counts; 0 when there are no positives predicted or expected. */
    static double f1(int truePositives, int falsePositives, int falseNegatives) {
        double denominator = 2.0 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
    }

    /**
     * Returns the F1 of each class in {@code [0, classes)} averaged with the number of true
     * instances of the class as weight ({@code average='weighted'} in scikit-learn).
     */
    static double weightedF1(int[] expected, int[] predicted, int classes) {
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < expected.length; i++) {
                boolean e = expected[i] == c;
                boolean p = predicted[i] == c;
                tp += e && p ? 1 : 0;
                fp += !e && p ? 1 : 0;
                fn += e && !p ? 1 : 0;
            }
            sum += (tp + fn) * f1(tp, fp, fn);
        }
        return expected.length == 0 ? 0 : sum / expected.length;
    }
}
