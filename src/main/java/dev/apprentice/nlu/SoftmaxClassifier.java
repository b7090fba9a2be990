package dev.apprentice.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Multinomial logistic regression: {@code p(y | x) = softmax(W x + b)}, trained by mini-batch
 * gradient descent on the mean cross-entropy plus {@code l2 / 2 * |W|^2} (the biases are not
 * regularised).
 *
 * <p>Training is deterministic for a given seed. When every class has at least
 * {@link Options#minPerClassToHoldOut()} examples, a stratified share of them is held out, training
 * stops once the held-out loss has not improved for {@link Options#patience()} epochs, and the
 * weights of the best epoch are kept; with {@link Options#refit()} the model is then trained
 * again from scratch on all examples for that many epochs. With fewer examples, training stops
 * once the training loss improves by less than {@link Options#tolerance()} (relative) for
 * {@code patience} epochs.
 *
 * <p>Inputs are dense arrays, but training walks only their non-zero entries, which keeps hashed
 * bag-of-words features cheap. Prediction and online updates may run from several threads.
 */
public final class SoftmaxClassifier {

    private final int classes;
    private final int dimension;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private double[] weights;
    private double[] biases;
    private double learningRate = Options.DEFAULTS.learningRate();

    /**
     * Settings of {@link #train}.
     *
     * @param learningRate step size of gradient descent
     * @param l2 strength of the L2 penalty on the weights
     * @param batchSize examples per gradient step
     * @param maxEpochs upper bound on passes over the training examples
     * @param patience epochs without improvement before training stops
     * @param holdOutFraction share of each class held out to decide when to stop
     * @param minPerClassToHoldOut fewest examples every class needs before any are held out
     * @param tolerance relative training-loss improvement that counts, without a held-out split
     * @param refit whether to train again on all examples once the best epoch count is known
     * @param seed seed of the split and of the example order
     */
    public record Options(
            double learningRate, double l2, int batchSize, int maxEpochs, int patience,
            double holdOutFraction, int minPerClassToHoldOut, double tolerance, boolean refit,
            long seed) {

        public Options {
            if (learningRate <= 0 || l2 < 0 || batchSize < 1 || maxEpochs < 1 || patience < 1
                    || holdOutFraction < 0 || holdOutFraction >= 1) {
                throw new IllegalArgumentException("invalid training options: " + this);
            }
        }

        public static final Options DEFAULTS =
                new Options(2.0, 1e-5, 32, 200, 5, 0.1, 5, 1e-3, true, 42L);

        public Options withMaxEpochs(int epochs) {
            return new Options(learningRate, l2, batchSize, epochs, patience, holdOutFraction,
                    minPerClassToHoldOut, tolerance, refit, seed);
        }
    }

    /**
     * The outcome of one training run.
     *
     * @param epochs passes over the data of the final model
     * @param stoppedEarly whether a stopping rule ended training before {@code maxEpochs}
     * @param heldOut examples held out, 0 when stopping used the training loss
     * @param heldOutAccuracy accuracy on the held-out examples at the best epoch, NaN without them
     * @param trainingLoss mean cross-entropy of each epoch, each example taken just before its
     *     own step
     */
    public record TrainingResult(
            int epochs, boolean stoppedEarly, int heldOut, double heldOutAccuracy,
            List<Double> trainingLoss) {
    }

    /** A receiver of the losses after each epoch, for progress reports. */
    @FunctionalInterface
    public interface EpochListener {

        EpochListener NONE = (epoch, trainingLoss, heldOutLoss) -> { };

        /** Receives the mean losses after one epoch; {@code heldOutLoss} is NaN without a split. */
        void epochDone(int epoch, double trainingLoss, double heldOutLoss);
    }

    public SoftmaxClassifier(int classes, int dimension) {
        if (classes < 1 || dimension < 1) {
            throw new IllegalArgumentException(
                    "classes and dimension must be >= 1, were " + classes + " and " + dimension);
        }
        this.classes = classes;
        this.dimension = dimension;
        this.weights = new double[classes * dimension];
        this.biases = new double[classes];
    }

    public int classes() {
        return classes;
    }

    public int dimension() {
        return dimension;
    }

    /** Trains from scratch, replacing any earlier weights. Labels are in {@code [0, classes)}. */
    public TrainingResult train(List<float[]> x, int[] y, Options options) {
        return train(x, y, options, EpochListener.NONE);
    }

    /** Trains as {@link #train(List, int[], Options)} does, reporting each epoch. */
    public TrainingResult train(List<float[]> x, int[] y, Options options,
            EpochListener listener) {
        checkData(x, y);
        List<SparseVector> inputs = x.stream().map(SparseVector::of).toList();
        Split split = Split.of(y, classes, options);
        lock.writeLock().lock();
        try {
            learningRate = options.learningRate();
            SoftmaxTrainer trainer = new SoftmaxTrainer(classes, dimension, options, listener);
            SoftmaxTrainer.Outcome outcome = trainer.fit(inputs, y, split.train(), split.heldOut());
            if (options.refit() && !split.heldOut().isEmpty()) {
                List<Integer> all = new ArrayList<>(split.train());
                all.addAll(split.heldOut());
                outcome = trainer.refit(inputs, y, all, outcome);
            }
            weights = outcome.weights();
            biases = outcome.biases();
            return outcome.result();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Returns {@code p(y | x)} for every class, summing to one. */
    public double[] predictProba(float[] x) {
        checkInput(x);
        SparseVector input = SparseVector.of(x);
        lock.readLock().lock();
        try {
            return softmax(SoftmaxTrainer.logits(weights, biases, classes, dimension, input));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Takes {@code steps} gradient steps on one labelled example, at the training learning rate
     * and without the L2 penalty, so that a correction shows at once without retraining. Only
     * the weights move: a bias moved by one example shifts every input towards its label.
     */
    public void update(float[] x, int y, int steps) {
        checkInput(x);
        if (y < 0 || y >= classes) {
            throw new IllegalArgumentException("label " + y + " is not in [0, " + classes + ")");
        }
        SparseVector input = SparseVector.of(x);
        lock.writeLock().lock();
        try {
            for (int step = 0; step < steps; step++) {
                double[] p = softmax(
                        SoftmaxTrainer.logits(weights, biases, classes, dimension, input));
                p[y] -= 1;
                SoftmaxTrainer.applyGradient(weights, null, dimension, input, p, learningRate);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Returns the mean cross-entropy of the current model on the given examples. */
    public double loss(List<float[]> x, int[] y) {
        checkData(x, y);
        double sum = 0;
        for (int i = 0; i < x.size(); i++) {
            sum -= Math.log(Math.max(predictProba(x.get(i))[y[i]], SoftmaxTrainer.MIN_PROBABILITY));
        }
        return x.isEmpty() ? 0 : sum / x.size();
    }

    static double[] softmax(double[] logits) {
        double max = Arrays.stream(logits).max().orElse(0);
        double sum = 0;
        double[] p = new double[logits.length];
        for (int c = 0; c < logits.length; c++) {
            p[c] = Math.exp(logits[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < logits.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    private void checkData(List<float[]> x, int[] y) {
        if (x.size() != y.length) {
            throw new IllegalArgumentException(
                    x.size() + " inputs but " + y.length + " labels");
        }
        x.forEach(this::checkInput);
        for (int label : y) {
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException(
                        "label " + label + " is not in [0, " + classes + ")");
            }
        }
    }

    private void checkInput(float[] x) {
        if (x.length != dimension) {
            throw new IllegalArgumentException(
                    "input has " + x.length + " dimensions, expected " + dimension);
        }
    }

    /** Example indices to train on and to hold out. */
    private record Split(List<Integer> train, List<Integer> heldOut) {

        static Split of(int[] y, int classes, Options options) {
            List<List<Integer>> byClass = new ArrayList<>();
            for (int c = 0; c < classes; c++) {
                byClass.add(new ArrayList<>());
            }
            for (int i = 0; i < y.length; i++) {
                byClass.get(y[i]).add(i);
            }
            boolean holdOut = options.holdOutFraction() > 0 && byClass.stream()
                    .filter(list -> !list.isEmpty())
                    .allMatch(list -> list.size() >= options.minPerClassToHoldOut());
            List<Integer> train = new ArrayList<>();
            List<Integer> heldOut = new ArrayList<>();
            Random random = new Random(options.seed());
            for (List<Integer> members : byClass) {
                java.util.Collections.shuffle(members, random);
                int count = holdOut ? Math.max(1,
                        (int) Math.round(members.size() * options.holdOutFraction())) : 0;
                heldOut.addAll(members.subList(0, Math.min(count, members.size())));
                train.addAll(members.subList(Math.min(count, members.size()), members.size()));
            }
            return new Split(train, heldOut);
        }
    }
}
