package dev.x3ups.ups.sink.retirement;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run on the task's scheduler (docs/architecture.md, "Retirement"): every order of this task whose shipment has
 * been final for longer than the retention is retired — a tombstone on the ledger topic, the entry dropped from
 * memory. The check is made again inside the ledger's per-order write order, so an order written meanwhile (changed
 * in X3, re-shipped) stays. A failed tombstone leaves the entry for the next run.
 */
public final class LedgerRetirement implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerRetirement.class);
    private final ShipmentLedger ledger;
    private final Finality finality;
    private final Predicate<String> owned;
    private final SinkMetrics metrics;
    private final Clock clock;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public LedgerRetirement(ShipmentLedger ledger, Finality finality, Predicate<String> owned, SinkMetrics metrics,
                            Clock clock) {
        this.ledger = ledger;
        this.finality = finality;
        this.owned = owned;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void run() {
        retireDue();
    }

    /** Completes with the number of orders retired by this run; never exceptionally. */
    CompletableFuture<Integer> retireDue() {
        List<CompletableFuture<Boolean>> retirements = new ArrayList<>();
        for (ShipmentLedgerEntry entry : ledger.entries()) {
            String key = entry.orderKey();
            if (owned.test(key) && finality.retirable(entry, clock.instant()) && running.add(key)) {
                retirements.add(retire(key));
            }
        }
        return CompletableFuture.allOf(retirements.toArray(CompletableFuture[]::new)).thenApply(v -> {
            int count = (int) retirements.stream().filter(CompletableFuture::join).count();
            if (count > 0) {
                metrics.ordersRetired(count);
                LOG.info("Retired {} orders from the ledger (final for longer than the retention); {} entries left",
                        count, ledger.size());
            }
            return count;
        });
    }

    private CompletableFuture<Boolean> retire(String orderKey) {
        return ledger.retire(orderKey, current -> finality.retirable(current, clock.instant()))
                .handle((done, error) -> {
                    running.remove(orderKey);
                    if (error != null) {
                        LOG.warn("Order {} not retired this time, the next run tries again: {}", orderKey,
                                error.getMessage());
                        return false;
                    }
                    if (done) {
                        LOG.debug("Order {} retired from the ledger", orderKey);
                    }
                    return done;
                });
    }
}
