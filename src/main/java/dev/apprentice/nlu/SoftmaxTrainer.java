package dev.apprentice.nlu;

import dev.apprentice.nlu.SoftmaxClassifier.Options;
import dev.apprentice.nlu.SoftmaxClassifier.TrainingResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The gradient descent loop of {@link SoftmaxClassifier}, on flat row-major weights. */
final class SoftmaxTrainer {

    /** Floor of a probability inside a logarithm, so that a confident mistake costs about 27.6. */
    static final double MIN_PROBABILITY = 1e-12;

    private final int classes;
    private final int dimension;
    private final Options options;
    private final SoftmaxClassifier.EpochListener listener;

    record Outcome(double[] weights, double[] biases, TrainingResult result) {
    }

    SoftmaxTrainer(int classes, int dimension, Options options,
            SoftmaxClassifier.EpochListener listener) {
        this.classes = classes;
        this.dimension = dimension;
        this.options = options;
        this.listener = listener;
    }

    /** Trains on {@code train}, stopping on the loss of {@code heldOut} when it is not empty. */
    Outcome fit(List<SparseVector> x, int[] y, List<Integer> train, List<Integer> heldOut) {
        double[] w = new double[classes * dimension];
        double[] b = new double[classes];
        Random random = new Random(options.seed());
        List<Integer> order = new ArrayList<>(train);
        List<Double> losses = new ArrayList<>();
        Best best = new Best();

        int stalled = 0;
        int epoch = 0;
        boolean stopped = false;
        while (!stopped && epoch < options.maxEpochs()) {
            epoch++;
            Collections.shuffle(order, random);
            losses.add(runEpoch(w, b, x, y, order));
            if (!heldOut.isEmpty()) {
                double heldOutLoss = meanLoss(w, b, x, y, heldOut);
                listener.epochDone(epoch, losses.get(epoch - 1), heldOutLoss);
                stopped = !best.offer(epoch, heldOutLoss, w, b)
                        && epoch - best.epoch >= options.patience();
            } else {
                listener.epochDone(epoch, losses.get(epoch - 1), Double.NaN);
                stalled = improved(losses) ? 0 : stalled + 1;
                stopped = stalled >= options.patience();
            }
        }

        if (heldOut.isEmpty()) {
            return new Outcome(w, b, new TrainingResult(epoch, stopped, 0, Double.NaN, losses));
        }
        double accuracy = accuracy(best.weights, best.biases, x, y, heldOut);
        return new Outcome(best.weights, best.biases, new TrainingResult(
                best.epoch, stopped, heldOut.size(), accuracy, losses));
    }

    /** Trains from scratch on {@code all} for as many epochs as {@code first} found best. */
    Outcome refit(List<SparseVector> x, int[] y, List<Integer> all, Outcome first) {
        double[] w = new double[classes * dimension];
        double[] b = new double[classes];
        Random random = new Random(options.seed());
        List<Integer> order = new ArrayList<>(all);
        List<Double> losses = new ArrayList<>();
        for (int epoch = 0; epoch < first.result().epochs(); epoch++) {
            Collections.shuffle(order, random);
            losses.add(runEpoch(w, b, x, y, order));
            listener.epochDone(epoch + 1, losses.get(epoch), Double.NaN);
        }
        TrainingResult earlier = first.result();
        return new Outcome(w, b, new TrainingResult(earlier.epochs(), earlier.stoppedEarly(),
                earlier.heldOut(), earlier.heldOutAccuracy(), losses));
    }

    /**
     * Takes one pass of mini-batch steps and returns the mean loss of the examples, each taken
     * just before its own batch step, which saves a second pass over the data.
     */
    private double runEpoch(double[] w, double[] b, List<SparseVector> x, int[] y,
            List<Integer> order) {
        int batchSize = Math.max(1, options.batchSize());
        double[][] deltas = new double[batchSize][];
        double lossSum = 0;
        for (int start = 0; start < order.size(); start += batchSize) {
            int size = Math.min(batchSize, order.size() - start);
            // Every gradient of the batch is taken at the weights from before the batch.
            for (int k = 0; k < size; k++) {
                int i = order.get(start + k);
                deltas[k] = SoftmaxClassifier.softmax(logits(w, b, classes, dimension, x.get(i)));
                lossSum -= Math.log(Math.max(deltas[k][y[i]], MIN_PROBABILITY));
                deltas[k][y[i]] -= 1;
            }
            decay(w, 1 - options.learningRate() * options.l2());
            double scale = options.learningRate() / size;
            for (int k = 0; k < size; k++) {
                applyGradient(w, b, dimension, x.get(order.get(start + k)), deltas[k], scale);
            }
        }
        return order.isEmpty() ? 0 : lossSum / order.size();
    }

    private boolean improved(List<Double> losses) {
        if (losses.size() < 2) {
            return true;
        }
        double previous = losses.get(losses.size() - 2);
        double current = losses.get(losses.size() - 1);
        return previous - current >= options.tolerance() * Math.abs(previous);
    }

    static double[] logits(double[] w, double[] b, int classes, int dimension, SparseVector x) {
        double[] logits = b.clone();
        int[] indices = x.indices();
        float[] values = x.values();
        for (int c = 0; c < classes; c++) {
            int row = c * dimension;
            double sum = 0;
            for (int k = 0; k < indices.length; k++) {
                sum += w[row + indices[k]] * values[k];
            }
            logits[c] += sum;
        }
        return logits;
    }

    /**
     * Subtracts {@code scale * delta_c * x} from each row c, and {@code scale * delta} from b
     * unless {@code b} is null.
     */
    static void applyGradient(double[] w, double[] b, int dimension, SparseVector x,
            double[] delta, double scale) {
        int[] indices = x.indices();
        float[] values = x.values();
        for (int c = 0; c < delta.length; c++) {
            double step = scale * delta[c];
            if (step == 0) {
                continue;
            }
            int row = c * dimension;
            for (int k = 0; k < indices.length; k++) {
                w[row + indices[k]] -= step * values[k];
            }
            if (b != null) {
                b[c] -= step;
            }
        }
    }

    private static void decay(double[] w, double factor) {
        if (factor == 1) {
            return;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] *= factor;
        }
    }

    private double meanLoss(double[] w, double[] b, List<SparseVector> x, int[] y,
            List<Integer> subset) {
        double sum = 0;
        for (int i : subset) {
            double[] p = SoftmaxClassifier.softmax(logits(w, b, classes, dimension, x.get(i)));
            sum -= Math.log(Math.max(p[y[i]], MIN_PROBABILITY));
        }
        return subset.isEmpty() ? 0 : sum / subset.size();
    }

    private double accuracy(double[] w, double[] b, List<SparseVector> x, int[] y,
            List<Integer> subset) {
        int correct = 0;
        for (int i : subset) {
            double[] logits = logits(w, b, classes, dimension, x.get(i));
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (logits[c] > logits[best]) {
                    best = c;
                }
            }
            correct += best == y[i] ? 1 : 0;
        }
        return subset.isEmpty() ? Double.NaN : (double) correct / subset.size();
    }

    /** The epoch with the lowest held-out loss so far, and a copy of its weights. */
    private static final class Best {
        private double loss = Double.POSITIVE_INFINITY;
        private int epoch;
        private double[] weights;
        private double[] biases;

        /** Keeps the weights if {@code candidate} beats the best loss; returns whether it did. */
        boolean offer(int epochNumber, double candidate, double[] w, double[] b) {
            if (candidate >= loss) {
                return false;
            }
            loss = candidate;
            epoch = epochNumber;
            weights = w.clone();
            biases = b.clone();
            return true;
        }
    }
}
