package dev.x3ups.ups.sink.aftership;

import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.shipping.LabelSink;
import dev.x3ups.ups.sink.site.ChangedOrderPolicy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to a shipment after its label (docs/architecture.md, "After the label"): an order cancelled in X3
 * gets its shipment voided while UPS has no pickup scan, else the CREATED entry is flagged; an order changed
 * after shipping is, per site policy, re-shipped while no pickup scan exists. A voided shipment's labels are
 * withdrawn from the printers and its entry leaves CREATED, which ends Track Alert renewal (UPS has no
 * per-number unsubscribe; events of the voided numbers are no longer of interest).
 */
public final class AfterShipment {
    public static final String CANCELLED = "CANCELLED";
    public static final String CANCEL_AFTER_PICKUP = "CANCEL_AFTER_PICKUP";
    public static final String VOID_REFUSED = "VOID_REFUSED";
    public static final String UNUSED_LABEL = "UNUSED_LABEL";
    private static final Logger LOG = LoggerFactory.getLogger(AfterShipment.class);

    private final ShipmentLedger ledger;
    private final PickupAwareVoid voids;
    private final LabelSink labels;
    private final SinkMetrics metrics;
    private final Function<String, ChangedOrderPolicy> policies;
    private final Clock clock;

    /** @param policies site code → what to do with an order changed after shipping */
    public AfterShipment(ShipmentLedger ledger, PickupAwareVoid voids, LabelSink labels, SinkMetrics metrics,
                         Function<String, ChangedOrderPolicy> policies, Clock clock) {
        this.ledger = ledger;
        this.voids = voids;
        this.labels = labels;
        this.metrics = metrics;
        this.policies = policies;
        this.clock = clock;
    }

    public ChangedOrderPolicy policy(Order order) {
        ChangedOrderPolicy policy = policies.apply(order.site());
        return policy == null ? ChangedOrderPolicy.REPORT : policy;
    }

    /**
     * A cancelled order's shipment ({@code shipped}: its CREATED entry, written or not yet): voided unless
     * picked up. Completes with the entry written; an entry already flagged is left as it is.
     */
    public CompletableFuture<ShipmentLedgerEntry> cancelShipped(Order order, ShipmentLedgerEntry shipped) {
        if (isFlagged(shipped)) {
            return CompletableFuture.completedFuture(shipped);
        }
        return voids.voidUnlessPickedUp(shipped.shipmentId(), shipped.trackingNumbers()).thenCompose(outcome -> {
            if (outcome.voided()) {
                metrics.voided(CANCELLED);
                LOG.info("Order {} cancelled in X3: shipment {} voided", order.key(), shipped.shipmentId());
                return voided(shipped, CANCELLED, "order cancelled in X3; shipment " + shipped.shipmentId()
                        + " voided");
            }
            if (outcome.kind() == VoidOutcome.Kind.PICKED_UP) {
                metrics.cancelAfterPickup();
                LOG.warn("Order {} cancelled in X3 after UPS picked up shipment {}; not voided", order.key(),
                        shipped.shipmentId());
                return flag(shipped, CANCEL_AFTER_PICKUP, "order cancelled after UPS picked up tracking number "
                        + first(shipped) + "; the shipment was not voided");
            }
            LOG.warn("Order {} cancelled in X3; UPS refused to void shipment {}: {}", order.key(),
                    shipped.shipmentId(), outcome.detail());
            return flag(shipped, VOID_REFUSED, "order cancelled; UPS refused to void tracking number "
                    + first(shipped) + ": " + outcome.detail());
        });
    }

    /** A cancelled order that never shipped (FAILED, HELD, or nothing found for a PENDING): VOIDED, never shipped. */
    public CompletableFuture<ShipmentLedgerEntry> cancelUnshipped(Order order, String digest,
                                                                  ShipmentLedgerEntry current) {
        LOG.info("Order {} cancelled in X3 before it shipped; recorded so it is never shipped", order.key());
        return ledger.write(current.toBuilder().state(ShipmentState.VOIDED).orderDigest(digest)
                .orderRevision(order.revision()).shipmentId(null).trackingNumbers(List.of())
                .subscriptionState(SubscriptionState.NONE).subscriptionExpiry(null).failureCode(CANCELLED)
                .failureMessage("order cancelled in X3 before it shipped").updatedAt(clock.instant()).build());
    }

    /**
     * First half of a re-ship: the old shipment voided, with the intent recorded before the void (PENDING with the
     * old shipment id, also appended to {@code voidedShipmentIds}) so that a restart finishes the job instead of
     * repeating it. Completes with how the void ended; unless voided, the old entry is back as it was.
     */
    public CompletableFuture<VoidOutcome> replace(Order order, String digest, ShipmentLedgerEntry old) {
        return voids.status(old.shipmentId(), old.trackingNumbers()).thenCompose(status -> {
            if (status == PickupStatus.PICKED_UP) {
                return CompletableFuture.completedFuture(VoidOutcome.of(VoidOutcome.Kind.PICKED_UP));
            }
            return ledger.write(reshipIntent(order, digest, old)).thenCompose(intent ->
                    status == PickupStatus.VOIDED
                            ? CompletableFuture.completedFuture(VoidOutcome.of(VoidOutcome.Kind.ALREADY_VOIDED))
                            : voids.voidAfterCheck(old.shipmentId(), old.trackingNumbers()))
                    .thenCompose(outcome -> afterReplace(order, old, outcome, false));
        });
    }

    /**
     * A re-ship intent found in the ledger (a restart): the old shipment's void is made sure of. A refusal counts
     * as voided here: our own void may have gone through before the restart without UPS showing it yet, and the
     * void window cannot have closed in between.
     */
    public CompletableFuture<VoidOutcome> resume(Order order, ShipmentLedgerEntry intent) {
        ShipmentLedgerEntry old = intent.toBuilder().state(ShipmentState.CREATED)
                .voidedShipmentIds(withoutLast(intent.voidedShipmentIds())).build();
        return voids.voidUnlessPickedUp(intent.shipmentId(), intent.trackingNumbers())
                .thenCompose(outcome -> afterReplace(order, old, outcome, true));
    }

    private CompletableFuture<VoidOutcome> afterReplace(Order order, ShipmentLedgerEntry old, VoidOutcome outcome,
                                                        boolean resumed) {
        if (outcome.voided() || (resumed && outcome.kind() == VoidOutcome.Kind.REFUSED)) {
            metrics.voided("RESHIP");
            LOG.info("Order {} changed before pickup: shipment {} voided, shipping the new content", order.key(),
                    old.shipmentId());
            return withdraw(old).thenApply(v -> VoidOutcome.of(VoidOutcome.Kind.VOIDED));
        }
        // still live: the old entry comes back, so the ledger again says what UPS holds
        return ledger.write(old.toBuilder().updatedAt(clock.instant()).build()).thenApply(e -> outcome);
    }

    /** The sweep: a shipment unused for too long, voided unless picked up (tried once). */
    public CompletableFuture<Boolean> sweep(ShipmentLedgerEntry created) {
        return voids.tryVoidUnlessPickedUp(created.shipmentId(), created.trackingNumbers()).thenCompose(outcome -> {
            if (!outcome.voided()) {
                return CompletableFuture.completedFuture(false);
            }
            metrics.voided(UNUSED_LABEL);
            LOG.info("Shipment {} of order {} had no pickup scan: voided as an unused label", created.shipmentId(),
                    created.orderKey());
            return ledger.update(created.orderKey(), current -> current
                    .filter(e -> e.state() == ShipmentState.CREATED && created.shipmentId().equals(e.shipmentId()))
                    .map(e -> voidedEntry(e, UNUSED_LABEL, "no pickup scan since the label was created; shipment "
                            + e.shipmentId() + " voided as unused")))
                    .thenCompose(e -> withdraw(created)).thenApply(v -> true);
        });
    }

    private CompletableFuture<ShipmentLedgerEntry> voided(ShipmentLedgerEntry shipped, String code, String message) {
        return ledger.write(voidedEntry(shipped, code, message)).thenCompose(e -> withdraw(shipped).thenApply(v -> e));
    }

    private ShipmentLedgerEntry voidedEntry(ShipmentLedgerEntry shipped, String code, String message) {
        return shipped.toBuilder().state(ShipmentState.VOIDED).failureCode(code).failureMessage(message)
                .subscriptionState(SubscriptionState.NONE).subscriptionExpiry(null).updatedAt(clock.instant())
                .build();
    }

    /**
     * The flag goes on the latest entry of the same shipment (a subscription may have been recorded meanwhile),
     * else on {@code shipped} (a PENDING order's shipment found by reconciliation).
     */
    private CompletableFuture<ShipmentLedgerEntry> flag(ShipmentLedgerEntry shipped, String code, String message) {
        return ledger.update(shipped.orderKey(), current -> Optional.of(current
                .filter(e -> e.state() == ShipmentState.CREATED && shipped.shipmentId().equals(e.shipmentId()))
                .orElse(shipped).toBuilder().failureCode(code).failureMessage(message).updatedAt(clock.instant())
                .build()));
    }

    private ShipmentLedgerEntry reshipIntent(Order order, String digest, ShipmentLedgerEntry old) {
        List<String> voided = new ArrayList<>(old.voidedShipmentIds());
        voided.add(old.shipmentId());
        return old.toBuilder().state(ShipmentState.PENDING).orderDigest(digest).orderRevision(order.revision())
                .voidedShipmentIds(voided).failureCode(null).failureMessage(null)
                .subscriptionState(SubscriptionState.NONE).subscriptionExpiry(null).updatedAt(clock.instant())
                // the new content's ship calls start from zero: the old shipment's count must not spend its budget
                .shipAttempts(0).reconciledAt(null)
                .build();
    }

    /** The void stands whether or not its records reach the labels topic; a failure is logged. */
    private CompletableFuture<Void> withdraw(ShipmentLedgerEntry shipped) {
        return labels.voided(shipped.orderKey(), shipped.shipmentId(), shipped.trackingNumbers())
                .handle((v, error) -> {
                    if (error != null) {
                        LOG.error("Void records of shipment {} of order {} could not be written: {}",
                                shipped.shipmentId(), shipped.orderKey(), error.getMessage());
                    }
                    return null;
                });
    }

    /** A re-ship intent: PENDING that still names the shipment being replaced. */
    public static boolean isReshipIntent(ShipmentLedgerEntry entry) {
        return entry.state() == ShipmentState.PENDING && entry.shipmentId() != null
                && entry.voidedShipmentIds().contains(entry.shipmentId());
    }

    private static boolean isFlagged(ShipmentLedgerEntry e) {
        return CANCEL_AFTER_PICKUP.equals(e.failureCode()) || VOID_REFUSED.equals(e.failureCode());
    }

    private static String first(ShipmentLedgerEntry e) {
        return e.trackingNumbers().isEmpty() ? e.shipmentId() : e.trackingNumbers().get(0);
    }

    private static List<String> withoutLast(List<String> ids) {
        return ids.isEmpty() ? ids : ids.subList(0, ids.size() - 1);
    }
}
