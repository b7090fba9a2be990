package dev.apprentice.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.apprentice.nlu.SoftmaxClassifier.Options;
import dev.apprentice.nlu.SoftmaxClassifier.TrainingResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxClassifierTest {

    private static final int DIMENSION = 6;
    private static final int CLASSES = 3;

    @Test
    void should_learn_separable_clusters_and_lower_the_loss() {
        // given
        Data data = clusters(30, 7);
        SoftmaxClassifier classifier = new SoftmaxClassifier(CLASSES, DIMENSION);
        double lossBefore = classifier.loss(data.x, data.y);

        // when
        TrainingResult result = classifier.train(data.x, data.y, Options.DEFAULTS);

        // then
        assertThat(classifier.loss(data.x, data.y)).isLessThan(lossBefore / 10);
        List<Double> losses = result.trainingLoss();
        assertThat(losses.get(losses.size() - 1)).isLessThan(losses.get(0));
        assertThat(accuracy(classifier, clusters(20, 99))).isEqualTo(1.0);
        assertThat(result.heldOutAccuracy()).isEqualTo(1.0);
    }

    @Test
    void probabilities_sum_to_one() {
        Data data = clusters(10, 3);
        SoftmaxClassifier classifier = new SoftmaxClassifier(CLASSES, DIMENSION);
        classifier.train(data.x, data.y, Options.DEFAULTS);

        double[] p = classifier.predictProba(data.x.get(0));

        assertThat(p).hasSize(CLASSES);
        assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, offset(1e-9));
    }

    @Test
    void should_stop_early_when_held_out_loss_stops_improving() {
        // given labels that are pure noise, so the held-out loss can only get worse
        Data data = clusters(40, 5);
        Random random = new Random(1);
        int[] noise = Arrays.stream(data.y).map(label -> random.nextInt(CLASSES)).toArray();
        Options options = Options.DEFAULTS.withMaxEpochs(500);

        // when
        TrainingResult result = new SoftmaxClassifier(CLASSES, DIMENSION)
                .train(data.x, noise, options);

        // then
        assertThat(result.stoppedEarly()).isTrue();
        assertThat(result.epochs()).isLessThan(500);
        assertThat(result.heldOut()).isPositive();
    }

    @Test
    void should_stop_on_training_loss_when_classes_are_too_small_to_hold_out() {
        Data data = clusters(2, 11);

        TrainingResult result = new SoftmaxClassifier(CLASSES, DIMENSION)
                .train(data.x, data.y, Options.DEFAULTS.withMaxEpochs(5000));

        assertThat(result.heldOut()).isZero();
        assertThat(result.heldOutAccuracy()).isNaN();
        assertThat(result.stoppedEarly()).isTrue();
        assertThat(result.epochs()).isLessThan(5000);
    }

    @Test
    void training_is_deterministic_for_a_seed() {
        Data data = clusters(20, 4);
        SoftmaxClassifier first = new SoftmaxClassifier(CLASSES, DIMENSION);
        SoftmaxClassifier second = new SoftmaxClassifier(CLASSES, DIMENSION);

        first.train(data.x, data.y, Options.DEFAULTS);
        second.train(data.x, data.y, Options.DEFAULTS);

        float[] probe = data.x.get(5);
        assertThat(first.predictProba(probe)).containsExactly(second.predictProba(probe));
    }

    @Test
    void update_should_flip_a_misclassified_example() {
        // given a point in the middle of cluster 0, labelled as class 2
        Data data = clusters(30, 8);
        SoftmaxClassifier classifier = new SoftmaxClassifier(CLASSES, DIMENSION);
        classifier.train(data.x, data.y, Options.DEFAULTS);
        float[] point = centre(0);
        assertThat(argmax(classifier.predictProba(point))).isEqualTo(0);

        // when
        classifier.update(point, 2, 50);

        // then
        assertThat(argmax(classifier.predictProba(point))).isEqualTo(2);
    }

    @Test
    void update_should_leave_inputs_without_shared_features_alone() {
        // given the centre of cluster 1, which shares no feature with the centre of cluster 0
        Data data = clusters(30, 8);
        SoftmaxClassifier classifier = new SoftmaxClassifier(CLASSES, DIMENSION);
        classifier.train(data.x, data.y, Options.DEFAULTS);
        double[] before = classifier.predictProba(centre(1));

        // when
        classifier.update(centre(0), 2, 50);

        // then
        assertThat(classifier.predictProba(centre(1))).containsExactly(before);
    }

    private record Data(List<float[]> x, int[] y) {
    }

    /** Gaussian clusters around one axis each, well apart. */
    private static Data clusters(int perClass, long seed) {
        Random random = new Random(seed);
        List<float[]> x = new ArrayList<>();
        int[] y = new int[perClass * CLASSES];
        for (int i = 0; i < y.length; i++) {
            int label = i % CLASSES;
            float[] point = centre(label);
            for (int d = 0; d < DIMENSION; d++) {
                point[d] += (float) (random.nextGaussian() * 0.2);
            }
            x.add(point);
            y[i] = label;
        }
        return new Data(x, y);
    }

    private static float[] centre(int label) {
        float[] point = new float[DIMENSION];
        point[label] = 1;
        return point;
    }

    private static double accuracy(SoftmaxClassifier classifier, Data data) {
        int correct = 0;
        for (int i = 0; i < data.y.length; i++) {
            correct += argmax(classifier.predictProba(data.x.get(i))) == data.y[i] ? 1 : 0;
        }
        return (double) correct / data.y.length;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            best = p[c] > p[best] ? c : best;
        }
        return best;
    }
}
