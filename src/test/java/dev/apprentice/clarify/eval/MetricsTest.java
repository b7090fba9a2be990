package dev.apprentice.clarify.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void f1_from_counts() {
        assertThat(Metrics.f1(2, 1, 1)).isCloseTo(2.0 / 3, offset(1e-12));
        assertThat(Metrics.f1(0, 0, 0)).isZero();
    }

    @Test
    void weighted_f1_weights_by_support() {
        // Class 0: 3 true, all predicted right, plus one false positive: F1 = 6/7.
        // Class 1: 1 true, predicted as 0: F1 = 0. Weighted: (3 * 6/7 + 1 * 0) / 4.
        int[] expected = {0, 0, 0, 1};
        int[] predicted = {0, 0, 0, 0};

        double f1 = Metrics.weightedF1(expected, predicted, 2);

        assertThat(f1).isCloseTo(3 * (6.0 / 7) / 4, offset(1e-12));
    }

    @Test
    void weighted_f1_of_perfect_prediction_is_one() {
        int[] labels = {0, 1, 2, 3, 3};

        assertThat(Metrics.weightedF1(labels, labels, 4)).isCloseTo(1.0, offset(1e-12));
    }
}
