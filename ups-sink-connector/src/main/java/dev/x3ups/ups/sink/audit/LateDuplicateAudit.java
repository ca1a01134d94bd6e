package dev.x3ups.ups.sink.audit;

import dev.x3ups.client.Failures;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.shipping.FoundShipment;
import dev.x3ups.ups.sink.shipping.Reconciler;
import dev.x3ups.ups.sink.shipping.ReferenceSearch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run on the task's scheduler (docs/architecture.md, "Late duplicate audit"): every CREATED shipment of this
 * task whose order went through reconciliation is looked up again by reference until {@code period} after its
 * reconciliation. UPS may commit a ship call after our client gave up on it, and its look-up index may lag, so a
 * twin can appear long after the order was recorded; a live one other than the ledger's is voided (labels
 * withdrawn), appended to the entry's {@code voidedShipmentIds} and counted. An order whose ledger counts a
 * single ship call is left out: one call makes at most one shipment, and reconciliation recorded it. A failed
 * look-up waits for the next run; one order is never looked up twice at once.
 */
public final class LateDuplicateAudit implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(LateDuplicateAudit.class);
    private final ShipmentLedger ledger;
    private final ReferenceSearch search;
    private final Reconciler reconciler;
    private final Predicate<String> owned;
    private final Duration period;
    private final SinkMetrics metrics;
    private final Clock clock;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public LateDuplicateAudit(ShipmentLedger ledger, ReferenceSearch search, Reconciler reconciler,
                              Predicate<String> owned, Duration period, SinkMetrics metrics, Clock clock) {
        this.ledger = ledger;
        this.search = search;
        this.reconciler = reconciler;
        this.owned = owned;
        this.period = period;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void run() {
        Instant now = clock.instant();
        for (ShipmentLedgerEntry entry : ledger.entries()) {
            if (due(entry, now) && running.add(entry.orderKey())) {
                audit(entry).whenComplete((v, error) -> running.remove(entry.orderKey()));
            }
        }
    }

    /** Completes once the order was looked up and any twin voided and recorded; never exceptionally. */
    CompletableFuture<Void> audit(ShipmentLedgerEntry entry) {
        String reference = entry.reference() == null ? entry.orderKey() : entry.reference();
        metrics.auditLookup();
        return search.trackingNumbers(reference, null)
                .thenCompose(found -> reconciler.voidAllBut(reference,
                        FoundShipment.group(found, entry.trackingNumbers().size()), entry.shipmentId(),
                        entry.voidedShipmentIds()))
                .thenCompose(voided -> voided.isEmpty() ? CompletableFuture.completedFuture(null)
                        : recorded(entry, voided))
                .handle((v, error) -> {
                    if (error != null) {
                        LOG.warn("Late duplicate audit of order {} failed, next run tries again: {}",
                                entry.orderKey(), Failures.rootMessage(error));
                    }
                    return null;
                });
    }

    private CompletableFuture<Void> recorded(ShipmentLedgerEntry audited, List<String> voided) {
        voided.forEach(id -> {
            metrics.lateTwinVoided();
            LOG.warn("Late duplicate audit: order {} had a twin shipment {} at UPS besides {}; voided", audited.orderKey(),
                    id, audited.shipmentId());
        });
        return ledger.update(audited.orderKey(), current -> withVoided(current, audited.shipmentId(), voided))
                .thenApply(entry -> null);
    }

    /** The twins appended, unless the order moved on meanwhile (voided, re-shipped): then the ledger is left as is. */
    static Optional<ShipmentLedgerEntry> withVoided(Optional<ShipmentLedgerEntry> current, String shipmentId,
                                                    List<String> voided) {
        if (current.isEmpty() || current.get().state() != ShipmentState.CREATED
                || !shipmentId.equals(current.get().shipmentId())) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>(current.get().voidedShipmentIds());
        voided.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return Optional.of(current.get().toBuilder().voidedShipmentIds(ids).build());
    }

    boolean due(ShipmentLedgerEntry entry, Instant now) {
        return entry.state() == ShipmentState.CREATED && entry.reconciledAt() != null && entry.shipmentId() != null
                && entry.shipAttempts() != 1 && entry.reconciledAt().plus(period).isAfter(now)
                && owned.test(entry.orderKey());
    }

    /** Orders of this task still in their audit period, for the metrics. */
    public long audited() {
        Instant now = clock.instant();
        return ledger.entries().stream().filter(e -> due(e, now)).count();
    }
}
