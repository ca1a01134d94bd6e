package dev.x3ups.benchmarks.stats;

import java.util.Arrays;

/** Latency samples of one run, in milliseconds; percentiles by nearest rank (no interpolation). */
public final class Samples {

    private double[] values = new double[1024];
    private int size;

    public synchronized void add(double millis) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = millis;
    }

    public synchronized int size() {
        return size;
    }

    /** The smallest sample at or above {@code percent} % of all samples. */
    public synchronized double percentile(double percent) {
        if (size == 0) {
            throw new IllegalStateException("no samples");
        }
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + percent);
        }
        double[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * size);
        return sorted[Math.max(rank, 1) - 1];
    }
}
