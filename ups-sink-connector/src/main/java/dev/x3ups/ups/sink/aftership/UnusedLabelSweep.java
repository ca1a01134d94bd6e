package dev.x3ups.ups.sink.aftership;

import dev.x3ups.client.Failures;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Voids labels that were never used (docs/architecture.md, "After the label"): CREATED shipments of this task's
 * orders, last written more than {@code after} ago but less than the void window, with no pickup scan. The
 * entry's last write is the age used: a shipment is at least that old, so none is voided too early (a later
 * write, e.g. a subscription renewal, only postpones it). One shipment at a time, each tried once; a sweep runs
 * in the background and a new one starts only when the last one ended, so the scheduler's thread never waits.
 */
public final class UnusedLabelSweep implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(UnusedLabelSweep.class);
    private final ShipmentLedger ledger;
    private final Predicate<String> owned;
    private final AfterShipment after;
    private final Duration unusedAfter;
    private final Duration voidWindow;
    private final SinkMetrics metrics;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    /** @param owned whether this task sweeps an order (one task per order, as for subscription renewal) */
    public UnusedLabelSweep(ShipmentLedger ledger, Predicate<String> owned, AfterShipment after, Duration unusedAfter,
                            Duration voidWindow, SinkMetrics metrics, Clock clock) {
        this.ledger = ledger;
        this.owned = owned;
        this.after = after;
        this.unusedAfter = unusedAfter;
        this.voidWindow = voidWindow;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void run() {
        if (running.compareAndSet(false, true)) {
            sweep().whenComplete((count, error) -> running.set(false));
        }
    }

    /** One sweep; completes with how many shipments it voided. */
    public CompletableFuture<Integer> sweep() {
        List<ShipmentLedgerEntry> due = due(clock.instant());
        AtomicInteger voided = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (ShipmentLedgerEntry entry : due) {
            chain = chain.thenCompose(v -> after.sweep(entry).handle((done, error) -> {
                if (error != null) {
                    failed.incrementAndGet();
                    LOG.warn("Unused-label sweep could not check shipment {} of order {}: {}", entry.shipmentId(),
                            entry.orderKey(), Failures.rootMessage(error));
                } else if (done) {
                    voided.incrementAndGet();
                }
                return null;
            }));
        }
        return chain.thenApply(v -> {
            metrics.swept(voided.get());
            LOG.info("Unused-label sweep: {} shipments older than {} checked, {} voided without pickup scan, "
                    + "{} not reachable", due.size(), unusedAfter, voided.get(), failed.get());
            return voided.get();
        });
    }

    List<ShipmentLedgerEntry> due(Instant now) {
        Instant unusedBefore = now.minus(unusedAfter);
        Instant windowStart = now.minus(voidWindow);
        return ledger.entries().stream()
                .filter(e -> e.state() == ShipmentState.CREATED && e.shipmentId() != null && e.failureCode() == null)
                .filter(e -> e.updatedAt() != null && e.updatedAt().isBefore(unusedBefore)
                        && e.updatedAt().isAfter(windowStart))
                .filter(e -> owned.test(e.orderKey()))
                .toList();
    }
}
