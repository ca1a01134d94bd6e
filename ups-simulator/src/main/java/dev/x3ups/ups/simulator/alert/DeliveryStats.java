package dev.x3ups.ups.simulator.alert;

import java.util.concurrent.atomic.LongAdder;

/** Counts what happened to webhook events. */
public final class DeliveryStats {
    /** A snapshot; {@code attempted} counts HTTP posts started (duplicates and photos included). */
    public record Counts(long attempted, long delivered, long failed, long dropped, long duplicated, long reordered,
                         long photos, long undeliverable, long overflow) { }

    final LongAdder attempted = new LongAdder();
    final LongAdder delivered = new LongAdder();
    final LongAdder failed = new LongAdder();
    final LongAdder dropped = new LongAdder();
    final LongAdder duplicated = new LongAdder();
    final LongAdder reordered = new LongAdder();
    final LongAdder photos = new LongAdder();
    final LongAdder undeliverable = new LongAdder();
    final LongAdder overflow = new LongAdder();

    public Counts snapshot() {
        return new Counts(attempted.sum(), delivered.sum(), failed.sum(), dropped.sum(), duplicated.sum(),
                reordered.sum(), photos.sum(), undeliverable.sum(), overflow.sum());
    }
}
