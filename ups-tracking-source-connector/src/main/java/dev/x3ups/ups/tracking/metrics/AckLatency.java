package dev.x3ups.ups.tracking.metrics;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Webhook acknowledgement latency (receipt to 200) in a fixed log-scale histogram: 1 µs .. ~1 min in buckets
 * growing by 2^(1/4), so a percentile is within ~19 % without storing samples or locking.
 */
public final class AckLatency {
    private static final int BUCKETS = 104;
    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private final LongAdder total = new LongAdder();
    private final LongAdder sumMicros = new LongAdder();

    public void record(long nanos) {
        long micros = Math.max(1, nanos / 1000);
        int bucket = (int) Math.min(BUCKETS - 1, Math.floor(4 * Math.log(micros) / Math.log(2)));
        counts.incrementAndGet(bucket);
        total.increment();
        sumMicros.add(micros);
    }

    public long count() {
        return total.sum();
    }

    public double averageMillis() {
        long n = total.sum();
        return n == 0 ? 0 : sumMicros.sum() / 1000.0 / n;
    }

    /** Upper bound of the bucket holding the given percentile (0..100), in milliseconds; 0 with no samples. */
    public double percentileMillis(double percentile) {
        long n = total.sum();
        if (n == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(percentile / 100.0 * n);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.pow(2, (i + 1) / 4.0) / 1000.0;
            }
        }
        return Math.pow(2, BUCKETS / 4.0) / 1000.0;
    }
}
