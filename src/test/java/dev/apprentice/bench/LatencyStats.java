package dev.apprentice.bench;

import java.util.Arrays;

/**
 * Order statistics of a set of latencies in nanoseconds. Percentiles use the nearest-rank
 * method: the p-th percentile is the smallest sample that at least p % of the samples do not
 * exceed, so it is always one of the measured values.
 */
final class LatencyStats {

    private final long[] sortedNanos;

    LatencyStats(long[] nanos) {
        this.sortedNanos = nanos.clone();
        Arrays.sort(sortedNanos);
    }

    int count() {
        return sortedNanos.length;
    }

    /**
     * Returns the nearest-rank percentile in nanoseconds, or 0 when there are no samples.
     *
     * @param percent a value in (0, 100]
     */
    long percentile(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be in (0, 100], was " + percent);
        }
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1];
    }

    /** Returns the largest sample in nanoseconds, or 0 when there are no samples. */
    long max() {
        return sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1];
    }
}
