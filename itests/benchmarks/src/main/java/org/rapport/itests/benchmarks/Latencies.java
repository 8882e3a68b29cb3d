package org.rapport.itests.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Response times of one measured operation, in nanoseconds; percentiles by nearest rank. */
final class Latencies {

    private long[] nanos;
    private int count;

    Latencies(int capacity) {
        this.nanos = new long[Math.max(1, capacity)];
    }

    /** All of the measurements of {@code parts}, e.g. of clients that ran at the same time. */
    static Latencies merged(List<Latencies> parts) {
        Latencies all = new Latencies(parts.stream().mapToInt(Latencies::count).sum());
        for (Latencies part : parts) {
            for (int i = 0; i < part.count; i++) {
                all.add(part.nanos[i]);
            }
        }
        return all;
    }

    void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    int count() {
        return count;
    }

    /** The {@code p}-th percentile (0 < p ≤ 100) in milliseconds. */
    double percentileMillis(double p) {
        if (count == 0) {
            throw new IllegalStateException("no measurements");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1_000_000.0;
    }

    String summary() {
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d calls)", percentileMillis(50),
                percentileMillis(95), percentileMillis(99), count);
    }
}
