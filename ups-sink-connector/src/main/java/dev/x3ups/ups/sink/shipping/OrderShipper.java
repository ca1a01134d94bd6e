package dev.x3ups.ups.sink.shipping;

import dev.x3ups.client.Failures;
import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.ups.client.ship.ShipOutcome;
import dev.x3ups.ups.client.ship.ShipmentSpec;
import dev.x3ups.ups.sink.addresscheck.AddressHeldException;
import dev.x3ups.ups.sink.aftership.AfterShipment;
import dev.x3ups.ups.sink.digest.OrderDigest;
import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.planning.ShipmentPlan;
import dev.x3ups.ups.sink.planning.ShipmentPlanner;
import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import dev.x3ups.ups.sink.site.ChangedOrderPolicy;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exactly-once protocol for one order (docs/architecture.md, "Protocols"): consult the ledger → plan → write PENDING (acked) →
 * {@code POST /ship} → labels to the labels topic → write CREATED. Rejections and unshippable orders become FAILED;
 * an ambiguous answer or a PENDING left by an earlier attempt is reconciled by reference before anything is
 * shipped again, and a shipment found that way gets its labels through Label Recovery before CREATED.
 * What happens after the label (docs/architecture.md, "After the label") goes through {@link AfterShipment}: a
 * cancelled order's shipment is voided before pickup or flagged after, and a changed order is re-shipped before
 * pickup where the site's policy says so. An order without a ledger entry that X3 shows shipped was retired from the
 * ledger and is never shipped again ({@link RetiredOrders}).
 * Completes exceptionally only when the ledger or the labels topic cannot be written (the order then stays
 * uncommitted).
 */
public final class OrderShipper {
    static final String CHANGED_AFTER_SHIPPING = "CHANGED_AFTER_SHIPPING";
    static final String UPS_UNAVAILABLE = "UPS_UNAVAILABLE";
    static final String PLANNING_FAILED = "PLANNING_FAILED";
    /** Changed in X3 after its shipment was final and retired from the ledger: not shipped again, flagged in X3. */
    public static final String RETIRED_CHANGED = "RETIRED_CHANGED";
    private static final Logger LOG = LoggerFactory.getLogger(OrderShipper.class);

    private final ShipmentLedger ledger;
    private final LedgerEntries entries;
    private final ShipmentPlanner planner;
    private final Shipper shipper;
    private final Reconciler reconciler;
    private final SinkMetrics metrics;
    private final Consumer<ShipmentLedgerEntry> onCreated;
    private final LongSupplier nanoTime;
    private final LabelSink labels;
    private final AfterShipment after;
    private final RetiredOrders retired;

    public OrderShipper(ShipmentLedger ledger, LedgerEntries entries, ShipmentPlanner planner, Shipper shipper,
                        Reconciler reconciler, SinkMetrics metrics, Consumer<ShipmentLedgerEntry> onCreated,
                        LongSupplier nanoTime) {
        this(ledger, entries, planner, shipper, reconciler, metrics, onCreated, nanoTime, LabelSink.NONE);
    }

    /** @param labels gets each shipment's labels before its CREATED entry is written */
    public OrderShipper(ShipmentLedger ledger, LedgerEntries entries, ShipmentPlanner planner, Shipper shipper,
                        Reconciler reconciler, SinkMetrics metrics, Consumer<ShipmentLedgerEntry> onCreated,
                        LongSupplier nanoTime, LabelSink labels) {
        this(ledger, entries, planner, shipper, reconciler, metrics, onCreated, nanoTime, labels, null);
    }

    /** @param after cancellations and re-ships after the label; null: changes are reported, cancellations fail */
    public OrderShipper(ShipmentLedger ledger, LedgerEntries entries, ShipmentPlanner planner, Shipper shipper,
                        Reconciler reconciler, SinkMetrics metrics, Consumer<ShipmentLedgerEntry> onCreated,
                        LongSupplier nanoTime, LabelSink labels, AfterShipment after) {
        this.after = after;
        this.labels = labels;
        this.ledger = ledger;
        this.entries = entries;
        this.planner = planner;
        this.shipper = shipper;
        this.reconciler = reconciler;
        this.metrics = metrics;
        this.onCreated = onCreated;
        this.nanoTime = nanoTime;
        this.retired = new RetiredOrders(ledger, entries, metrics);
    }

    public CompletableFuture<OrderResult> process(Order order) {
        String digest = OrderDigest.of(order);
        Optional<ShipmentLedgerEntry> current = ledger.get(order.key());
        return switch (LedgerDecision.decide(current, digest, order.isCancelled(), order.writeBack())) {
            case SKIP -> skip(current.orElse(null));
            case CHANGED_AFTER_SHIPPING -> after != null && after.policy(order) == ChangedOrderPolicy.RESHIP_BEFORE_PICKUP
                    ? reship(order, digest, current.get())
                    : CompletableFuture.completedFuture(changedAfterShipping(order, current.get(), ""));
            case RECONCILE -> planner.plan(order).handle((plan, error) -> error == null
                    ? reconcile(order, digest, plan)
                    : reconcileWithoutPlan(order, digest, current.get(), error)).thenCompose(f -> f);
            case SHIP -> planner.plan(order).handle((plan, error) -> error == null
                    ? shipNew(order, digest, plan)
                    : notPlanned(order, digest, error)).thenCompose(f -> f);
            case FINISH_RESHIP -> finishReship(order, digest, current.get());
            case CANCEL -> cancel(order, digest, current.get());
            case RETIRED -> retired.seen(order);
            case RETIRED_CHANGED -> retired.changed(order, digest, current.orElse(null));
        };
    }

    private CompletableFuture<OrderResult> skip(ShipmentLedgerEntry entry) {
        metrics.skipped();
        return CompletableFuture.completedFuture(OrderResult.of(OrderResult.Kind.SKIPPED, entry));
    }

    private OrderResult changedAfterShipping(Order order, ShipmentLedgerEntry shipped, String why) {
        metrics.changedAfterShipping();
        LOG.warn("Order {} changed after it shipped as {}; it is not shipped again{}", order.key(),
                shipped.shipmentId(), why);
        return new OrderResult(OrderResult.Kind.CHANGED_AFTER_SHIPPING, shipped, CHANGED_AFTER_SHIPPING,
                "order changed after it shipped as shipment " + shipped.shipmentId() + "; not shipped again" + why);
    }

    /**
     * RESHIP_BEFORE_PICKUP: the new content is planned first (a change that cannot ship keeps the old shipment),
     * then the old shipment is voided unless picked up, then the new content ships as a new order would.
     */
    private CompletableFuture<OrderResult> reship(Order order, String digest, ShipmentLedgerEntry old) {
        return planner.plan(order).handle((plan, error) -> {
            if (error != null) {
                return CompletableFuture.completedFuture(changedAfterShipping(order, old,
                        "; the new content cannot ship: " + planningFailure(error).message));
            }
            return after.replace(order, digest, old).thenCompose(outcome -> outcome.voided()
                    ? shipNew(order, digest, plan).thenApply(this::reshipped)
                    : CompletableFuture.completedFuture(changedAfterShipping(order, old,
                            outcome.detail() == null ? " (UPS has picked it up)"
                                    : " (UPS refused the void: " + outcome.detail() + ")")));
        }).thenCompose(f -> f);
    }

    /** A re-ship found half done: the old shipment's void made sure of, then reconciled like any PENDING order. */
    private CompletableFuture<OrderResult> finishReship(Order order, String digest, ShipmentLedgerEntry intent) {
        return after.resume(order, intent).thenCompose(outcome -> {
            if (!outcome.voided()) {
                return CompletableFuture.completedFuture(changedAfterShipping(order, intent,
                        " (UPS picked it up while it was being replaced)"));
            }
            return planner.plan(order).handle((plan, error) -> error == null
                    ? reconcile(order, digest, plan)
                    : reconcileWithoutPlan(order, digest, intent, error)).thenCompose(f -> f)
                    .thenApply(this::reshipped);
        });
    }

    private OrderResult reshipped(OrderResult result) {
        if (result.kind() == OrderResult.Kind.SHIPPED || result.kind() == OrderResult.Kind.RECONCILED) {
            metrics.changedOrderReshipped();
            return OrderResult.of(OrderResult.Kind.RESHIPPED, result.entry());
        }
        return result;
    }

    /**
     * Cancelled in X3: a shipment is voided unless picked up (then flagged); what never shipped is recorded VOIDED
     * so it never ships; a PENDING order is reconciled first and what is found is voided.
     */
    private CompletableFuture<OrderResult> cancel(Order order, String digest, ShipmentLedgerEntry current) {
        if (after == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("cancellations need voiding configured"));
        }
        return switch (current.state()) {
            case CREATED -> after.cancelShipped(order, current).thenApply(entry -> cancelled(current, entry));
            case FAILED, HELD -> after.cancelUnshipped(order, digest, current).thenApply(this::voidedResult);
            case PENDING -> (AfterShipment.isReshipIntent(current)
                    ? after.resume(order, current).thenApply(outcome -> null)
                    : CompletableFuture.completedFuture(null))
                    .thenCompose(v -> findForCancel(order, current))
                    .thenCompose(found -> found.isPresent()
                            ? after.cancelShipped(order, entries.created(order, current.orderDigest(),
                                    referenceOf(order, current), found.get().shipmentId(),
                                    found.get().trackingNumbers(), current.serviceCode(), null, null)
                                    .toBuilder().voidedShipmentIds(current.voidedShipmentIds()).build())
                                    .thenApply(entry -> cancelled(null, entry))
                            : after.cancelUnshipped(order, digest, current).thenApply(this::voidedResult));
            case VOIDED -> skip(current);
        };
    }

    private CompletableFuture<Optional<FoundShipment>> findForCancel(Order order, ShipmentLedgerEntry pending) {
        return planner.plan(order).handle((plan, error) -> error == null
                ? reconciler.find(plan.reference(), shipperNumber(plan), packages(plan))
                : reconciler.find(referenceOf(order, pending), null, 1)).thenCompose(f -> f);
    }

    private OrderResult cancelled(ShipmentLedgerEntry before, ShipmentLedgerEntry entry) {
        if (entry == before) {
            metrics.skipped(); // already flagged
            return OrderResult.of(OrderResult.Kind.SKIPPED, entry);
        }
        return entry.state() == ShipmentState.VOIDED ? voidedResult(entry)
                : OrderResult.of(OrderResult.Kind.FLAGGED, entry);
    }

    private OrderResult voidedResult(ShipmentLedgerEntry entry) {
        return OrderResult.of(OrderResult.Kind.VOIDED, entry);
    }

    private static String referenceOf(Order order, ShipmentLedgerEntry entry) {
        return entry.reference() == null ? order.key() : entry.reference();
    }

    private CompletableFuture<OrderResult> shipNew(Order order, String digest, ShipmentPlan plan) {
        return ledger.write(entries.pending(order, digest, plan.reference(), plan.request().serviceCode()))
                .thenCompose(pending -> ship(order, digest, plan, false));
    }

    private CompletableFuture<OrderResult> ship(Order order, String digest, ShipmentPlan plan, boolean afterAmbiguity) {
        long started = nanoTime.getAsLong();
        return shipper.ship(plan.request()).thenCompose(outcome -> {
            metrics.shipLatency(nanoTime.getAsLong() - started);
            if (outcome instanceof ShipOutcome.Created created) {
                return afterAmbiguity
                        ? reconciler.sweep(plan.reference(), shipperNumber(plan), packages(plan), created.shipmentId())
                                .thenCompose(voided -> created(order, digest, plan, created,
                                        attempts(ledger.get(order.key()))))
                        : created(order, digest, plan, created);
            }
            if (outcome instanceof ShipOutcome.Rejected rejected) {
                return fail(order, digest, plan.reference(), new Failure(rejected.code() == null
                        ? "HTTP_" + rejected.httpStatus() : rejected.code(), rejected.message()));
            }
            if (outcome instanceof ShipOutcome.Unavailable unavailable) {
                return fail(order, digest, plan.reference(), new Failure(unavailable.code() == null
                        ? UPS_UNAVAILABLE : unavailable.code(), unavailable.reason()));
            }
            metrics.ambiguous();
            LOG.warn("Ship call of order {} had no usable answer ({}); reconciling by reference", order.key(),
                    ((ShipOutcome.Ambiguous) outcome).reason());
            return reconcile(order, digest, plan);
        });
    }

    /**
     * Looks the order up after its re-ship backoff; ships it again only if UPS shows nothing and the order has
     * re-ships left (the attempt is counted on its PENDING entry first, so a restart keeps the count).
     */
    private CompletableFuture<OrderResult> reconcile(Order order, String digest, ShipmentPlan plan) {
        Optional<ShipmentLedgerEntry> pending = ledger.get(order.key());
        int attempts = attempts(pending);
        Instant lastCall = pending.map(ShipmentLedgerEntry::updatedAt).orElse(null);
        return reconciler.findAfterBackoff(attempts, lastCall, entries.now(), plan.reference(), shipperNumber(plan),
                packages(plan), onlyShipment(pending)).thenCompose(found -> {
                    if (found.isPresent()) {
                        return reconciled(order, digest, plan.reference(), found.get(),
                                plan.request().serviceCode(), attempts);
                    }
                    if (!reconciler.mayReship(attempts)) {
                        return stuck(order, digest, plan, attempts);
                    }
                    LOG.info("UPS has no shipment for order {}; shipping it again (ship call {} of at most {})",
                            order.key(), attempts + 1, reconciler.policy().maxReships() + 1);
                    metrics.reshipped();
                    return ledger.write(entries.pending(order, digest, plan.reference(), plan.request().serviceCode())
                                    .toBuilder().shipAttempts(attempts + 1).build())
                            .thenCompose(written -> ship(order, digest, plan, true));
                });
    }

    /**
     * Out of re-ships: the order stays PENDING (its offset uncommitted, one in-flight slot held, no thread) and is
     * looked up at the capped backoff until UPS shows its shipment.
     */
    private CompletableFuture<OrderResult> stuck(Order order, String digest, ShipmentPlan plan, int attempts) {
        metrics.orderStuck();
        LOG.warn("Order {} is not at UPS after {} ship calls without an answer; it stays PENDING and is looked up "
                        + "every {} until UPS shows it. If UPS has no shipment with reference {}, raise {} and "
                        + "restart the task to let it ship again", order.key(), attempts,
                reconciler.policy().maxBackoff(), plan.reference(), "reconcile.max.reships");
        return reconciler.watch(plan.reference(), shipperNumber(plan), packages(plan))
                .whenComplete((found, error) -> metrics.orderUnstuck())
                .thenCompose(found -> reconciled(order, digest, plan.reference(), found,
                        plan.request().serviceCode(), attempts));
    }

    /**
     * One ship call counted and no earlier shipment of the order: UPS can hold one shipment under its reference.
     * An uncounted entry (0: written before the count existed, or by another deployment) may stand for several.
     */
    private static boolean onlyShipment(Optional<ShipmentLedgerEntry> pending) {
        return pending.map(e -> e.shipAttempts() == 1 && e.voidedShipmentIds().isEmpty()).orElse(true);
    }

    /** Ship calls sent for the order so far, by its PENDING entry (1 when the entry predates the count). */
    private static int attempts(Optional<ShipmentLedgerEntry> pending) {
        return Math.max(1, pending.map(ShipmentLedgerEntry::shipAttempts).orElse(1));
    }

    /** A PENDING order that cannot be planned any more: keep what UPS has, else record why it cannot ship. */
    private CompletableFuture<OrderResult> reconcileWithoutPlan(Order order, String digest, ShipmentLedgerEntry pending,
                                                                Throwable planError) {
        String reference = pending.reference() == null ? order.key() : pending.reference();
        return reconciler.find(reference, null, 1).thenCompose(found -> {
            if (found.isEmpty()) {
                return fail(order, digest, reference, planningFailure(planError));
            }
            return reconciled(order, pending.orderDigest(), reference, found.get(), pending.serviceCode(),
                    attempts(Optional.of(pending)));
        });
    }

    /**
     * What UPS already holds is recorded as CREATED (charges unknown: only the ship answer carries them), marked
     * reconciled so the late duplicate audit looks for a twin.
     */
    private CompletableFuture<OrderResult> reconciled(Order order, String digest, String reference, FoundShipment found,
                                                      String serviceCode, int attempts) {
        metrics.reconciled();
        LOG.info("Order {} found at UPS as shipment {}; recorded without shipping again", order.key(),
                found.shipmentId());
        // labels that came with the look-up (Label Recovery) are written as they are; others are recovered
        return (found.labels().isEmpty() ? labels.recovered(order, found.shipmentId(), found.trackingNumbers())
                : labels.shipped(order, found.shipmentId(), found.trackingNumbers(), found.labels()))
                .thenCompose(v -> ledger.write(reconciledEntry(entries.created(order, digest, reference,
                        found.shipmentId(), found.trackingNumbers(), serviceCode, null, null), attempts)))
                .thenApply(entry -> announce(OrderResult.Kind.RECONCILED, entry));
    }

    private CompletableFuture<OrderResult> created(Order order, String digest, ShipmentPlan plan,
                                                   ShipOutcome.Created created) {
        return created(order, digest, plan, created, 0);
    }

    /** @param reshipAttempts ship calls of an order shipped again after reconciliation, else 0 */
    private CompletableFuture<OrderResult> created(Order order, String digest, ShipmentPlan plan,
                                                   ShipOutcome.Created created, int reshipAttempts) {
        ShipmentSpec spec = plan.request();
        return labels.shipped(order, created.shipmentId(), created.trackingNumbers(), created.labels(),
                        created.documents())
                .thenCompose(v -> {
                    ShipmentLedgerEntry entry = entries.created(order, digest, plan.reference(), created.shipmentId(),
                            created.trackingNumbers(), spec.serviceCode(), LedgerEntries.money(created.billedCharges()),
                            LedgerEntries.money(created.negotiatedCharges()), plan.notes(), spec.packages());
                    return ledger.write(reshipAttempts > 0 ? reconciledEntry(entry, reshipAttempts) : entry);
                })
                .thenApply(entry -> announce(OrderResult.Kind.SHIPPED, entry));
    }

    private ShipmentLedgerEntry reconciledEntry(ShipmentLedgerEntry created, int attempts) {
        return created.toBuilder().reconciledAt(entries.now()).shipAttempts(attempts).build();
    }

    private OrderResult announce(OrderResult.Kind kind, ShipmentLedgerEntry entry) {
        metrics.shipped();
        onCreated.accept(entry);
        return OrderResult.of(kind, entry);
    }

    private CompletableFuture<OrderResult> fail(Order order, String digest, String reference, Failure failure) {
        metrics.failed();
        LOG.warn("Order {} not shipped: {} {}", order.key(), failure.code, failure.message);
        return ledger.write(entries.failed(order, digest, reference, failure.code, failure.message))
                .thenApply(entry -> OrderResult.of(OrderResult.Kind.FAILED, entry));
    }

    /** A ship-to the address check held is recorded HELD (its corrected content ships); any other failure FAILED. */
    private CompletableFuture<OrderResult> notPlanned(Order order, String digest, Throwable error) {
        if (!(Failures.cause(error) instanceof AddressHeldException held)) {
            return fail(order, digest, order.key(), planningFailure(error));
        }
        metrics.held();
        LOG.info("Order {} held: {} {}", order.key(), held.code(), held.getMessage());
        return ledger.write(entries.held(order, digest, order.key(), held.code(), held.getMessage()))
                .thenApply(entry -> OrderResult.of(OrderResult.Kind.HELD, entry));
    }

    private static Failure planningFailure(Throwable error) {
        Throwable cause = Failures.cause(error);
        if (cause instanceof UnshippableOrderException unshippable) {
            return new Failure(unshippable.code(), unshippable.getMessage());
        }
        return new Failure(PLANNING_FAILED, Failures.rootMessage(cause));
    }

    private static String shipperNumber(ShipmentPlan plan) {
        return plan.request().shipperNumber();
    }

    private static int packages(ShipmentPlan plan) {
        return plan.request().packages().size();
    }

    private record Failure(String code, String message) {
    }
}
