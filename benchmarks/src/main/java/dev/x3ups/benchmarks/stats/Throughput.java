package dev.x3ups.benchmarks.stats;

import java.util.Arrays;
import java.util.Collection;

/**
 * Items per second from the moments items completed. The first burst (everything done within 1 ms of the first
 * item: a page, or the first in-flight window) only marks the start, so start-up cost does not dilute the rate.
 */
public final class Throughput {

    private static final long BURST_NANOS = 1_000_000;

    private Throughput() {
    }

    /**
     * @param completions completion times, nanoTime
     * @param startNanos  when the work was started, used only when every item completed in one burst
     */
    public static double steadyPerSecond(Collection<Long> completions, long startNanos) {
        if (completions.isEmpty()) {
            throw new IllegalArgumentException("no completions");
        }
        long[] t = completions.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(t);
        long first = t[0];
        long last = t[t.length - 1];
        int burst = 0;
        while (burst < t.length && t[burst] - first < BURST_NANOS) {
            burst++;
        }
        if (burst == t.length) {
            return t.length / ((last - startNanos) / 1e9);
        }
        return (t.length - burst) / ((last - first) / 1e9);
    }
}
