package dev.x3ups.benchmarks.harness;

import dev.x3ups.x3.simulator.admin.X3Admin;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Watches the X3 tracking records (YSHIPTRK) and notes when each order's carrier status or event time first
 * differs from what it was when the watch started, in {@link System#nanoTime()}.
 */
public final class WriteBackWatch implements AutoCloseable {

    private final Supplier<List<TrackingRecord>> records;
    private final LongSupplier clock;
    private final Map<String, String> baseline = new HashMap<>();
    private final Map<String, Long> changedAt = new ConcurrentHashMap<>();
    private final Sampler poller;

    public WriteBackWatch(X3Admin admin) {
        this(admin::writeBacks, System::nanoTime, true);
    }

    WriteBackWatch(Supplier<List<TrackingRecord>> records, LongSupplier clock, boolean poll) {
        this.records = records;
        this.clock = clock;
        for (TrackingRecord r : records.get()) {
            baseline.put(r.orderNumber(), signature(r));
        }
        poller = Sampler.every(Duration.ofMillis(5), "writeback-watch", this::check, poll);
    }

    void check() {
        long now = clock.getAsLong();
        for (TrackingRecord r : records.get()) {
            if (!changedAt.containsKey(r.orderNumber())
                    && !Objects.equals(baseline.get(r.orderNumber()), signature(r))) {
                changedAt.put(r.orderNumber(), now);
            }
        }
    }

    static String signature(TrackingRecord r) {
        return r.get("YSTACOD") + "|" + r.get("YEVTDATTIM");
    }

    /** Order number → when its record first changed. */
    public Map<String, Long> changedAt() {
        return Map.copyOf(changedAt);
    }

    @Override
    public void close() {
        poller.close();
    }
}
