package dev.apprentice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void percentiles_use_nearest_rank() {
        // given 1..100 in reverse order
        long[] samples = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();

        // when
        LatencyStats stats = new LatencyStats(samples);

        // then
        assertThat(stats.percentile(50)).isEqualTo(50);
        assertThat(stats.percentile(90)).isEqualTo(90);
        assertThat(stats.percentile(99)).isEqualTo(99);
        assertThat(stats.percentile(100)).isEqualTo(100);
        assertThat(stats.max()).isEqualTo(100);
    }

    @Test
    void single_sample_is_every_percentile() {
        LatencyStats stats = new LatencyStats(new long[] {7});

        assertThat(stats.percentile(1)).isEqualTo(7);
        assertThat(stats.percentile(99)).isEqualTo(7);
    }

    @Test
    void empty_samples_give_zero() {
        LatencyStats stats = new LatencyStats(new long[0]);

        assertThat(stats.count()).isZero();
        assertThat(stats.percentile(50)).isZero();
        assertThat(stats.max()).isZero();
    }

    @Test
    void rejects_percent_outside_range() {
        LatencyStats stats = new LatencyStats(new long[] {1});

        assertThatThrownBy(() -> stats.percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stats.percentile(101))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
