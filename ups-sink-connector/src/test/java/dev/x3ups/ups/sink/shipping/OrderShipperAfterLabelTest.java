package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.ups.client.ship.ShipOutcome;
import dev.x3ups.ups.client.ship.ShippingLabel;
import dev.x3ups.ups.sink.aftership.AfterShipment;
import dev.x3ups.ups.sink.aftership.FakeUps;
import dev.x3ups.ups.sink.aftership.PickupAwareVoid;
import dev.x3ups.ups.sink.aftership.PickupStatus;
import dev.x3ups.ups.sink.digest.OrderDigest;
import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import dev.x3ups.ups.sink.site.ChangedOrderPolicy;
import dev.x3ups.ups.sink.support.MemoryLedgerLog;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Cancellations and re-ships after the label, on the shipping protocol with a fake UPS. */
class OrderShipperAfterLabelTest {
    private static final String OLD = "1ZA1B2C30300000011";
    private static final String NEW = "1ZA1B2C30300000029";
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
    private final MemoryLedgerLog log = new MemoryLedgerLog();
    private final ShipmentLedger ledger = new ShipmentLedger(log);
    private final LedgerEntries entries = new LedgerEntries(clock);
    private final SinkMetrics metrics = new SinkMetrics();
    private final FakeUps ups = new FakeUps();
    private final Deque<ShipOutcome> outcomes = new ArrayDeque<>();
    private final List<String> shipped = new CopyOnWriteArrayList<>();
    private final Deque<List<String>> searchAnswers = new ArrayDeque<>();
    private final List<String> labelCalls = new CopyOnWriteArrayList<>();
    private ChangedOrderPolicy policy = ChangedOrderPolicy.RESHIP_BEFORE_PICKUP;
    private Throwable planFailure;

    private final LabelSink labels = new LabelSink() {
        @Override
        public CompletableFuture<Void> shipped(Order order, String shipmentId, List<String> trackingNumbers,
                                               List<ShippingLabel> labels) {
            labelCalls.add("shipped " + shipmentId);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> recovered(Order order, String shipmentId, List<String> trackingNumbers) {
            labelCalls.add("recovered " + shipmentId);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> voided(String orderKey, String shipmentId, List<String> trackingNumbers) {
            labelCalls.add("voided " + shipmentId);
            return CompletableFuture.completedFuture(null);
        }
    };

    private OrderShipper shipper() {
        Delays now = delay -> CompletableFuture.completedFuture(null);
        Reconciler reconciler = new Reconciler((reference, account) -> CompletableFuture.completedFuture(
                searchAnswers.isEmpty() ? List.of() : searchAnswers.poll()), ups.voider(), now, 1,
                Duration.ofMillis(1), metrics, labels);
        AfterShipment after = new AfterShipment(ledger, new PickupAwareVoid(ups.pickups(), ups.voider(), now,
                Duration.ofMillis(1)), labels, metrics, site -> policy, clock);
        return new OrderShipper(ledger, entries,
                order -> planFailure != null ? CompletableFuture.failedFuture(planFailure)
                        : CompletableFuture.completedFuture(SinkOrders.plan(order, 1)),
                spec -> {
                    shipped.add(spec.shipTo().address().lines().get(0));
                    return CompletableFuture.completedFuture(outcomes.poll());
                }, reconciler, metrics, e -> { }, System::nanoTime, labels, after);
    }

    private OrderResult process(Order order) throws Exception {
        return shipper().process(order).get();
    }

    private static ShipOutcome.Created created(String id) {
        return new ShipOutcome.Created(id, List.of(id), null, null, null, List.of(), List.of());
    }

    private static Order cancelled(Order order) {
        return withStatus(order, Order.CANCELLED);
    }

    private static Order withStatus(Order order, String status) {
        return new Order(order.kind(), order.folder(), order.number(), order.site(), order.revision().plusSeconds(60),
                order.partyCode(), order.shipFrom(), order.shipTo(), order.lines(), order.totalAmount(),
                order.currency(), order.deliveryMode(), order.carrier(), status, order.customerReference());
    }

    private ShipmentLedgerEntry shippedAs(Order order, String id) throws Exception {
        outcomes.add(created(id));
        assertThat(process(order).kind()).isEqualTo(OrderResult.Kind.SHIPPED);
        labelCalls.clear();
        return ledger.get(order.key()).orElseThrow();
    }

    private ShipmentLedgerEntry entry(Order order) {
        return ledger.get(order.key()).orElseThrow();
    }

    @Test
    void aCancelledOrderNotYetPickedUpIsVoidedAndRecordedVoided() throws Exception {
        Order order = SinkOrders.order("SO1");
        shippedAs(order, OLD);

        OrderResult result = process(cancelled(order));

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.VOIDED);
        assertThat(result.reportable()).isFalse();
        assertThat(ups.voidCalls).containsExactly(OLD);
        ShipmentLedgerEntry e = entry(order);
        assertThat(e.state()).isEqualTo(ShipmentState.VOIDED);
        assertThat(e.failureCode()).isEqualTo(AfterShipment.CANCELLED);
        assertThat(e.shipmentId()).isEqualTo(OLD);
        assertThat(e.subscriptionState()).isEqualTo(SubscriptionState.NONE);
        assertThat(labelCalls).containsExactly("voided " + OLD);
        assertThat(metrics.voidedTotal(AfterShipment.CANCELLED)).isEqualTo(1);

        assertThat(process(cancelled(order)).kind()).isEqualTo(OrderResult.Kind.SKIPPED);
        assertThat(ups.trackCalls).hasSize(1);
    }

    @Test
    void aCancelledOrderAlreadyPickedUpIsFlaggedWithItsTrackingNumberOnce() throws Exception {
        Order order = SinkOrders.order("SO1");
        shippedAs(order, OLD);
        ups.status.put(OLD, PickupStatus.PICKED_UP);

        OrderResult result = process(cancelled(order));

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.FLAGGED);
        assertThat(ups.voidCalls).isEmpty();
        ShipmentLedgerEntry e = entry(order);
        assertThat(e.state()).isEqualTo(ShipmentState.CREATED);
        assertThat(e.shipmentId()).isEqualTo(OLD);
        assertThat(e.failureCode()).isEqualTo(AfterShipment.CANCEL_AFTER_PICKUP);
        assertThat(e.failureMessage()).contains(OLD);
        assertThat(metrics.cancelAfterPickupTotal()).isEqualTo(1);

        assertThat(process(cancelled(order)).kind()).isEqualTo(OrderResult.Kind.SKIPPED);
        assertThat(ups.trackCalls).hasSize(1);
    }

    @Test
    void aVoidThatWentThroughBeforeACrashIsRecordedWithoutVoidingAgain() throws Exception {
        Order order = SinkOrders.order("SO1");
        shippedAs(order, OLD);
        ups.status.put(OLD, PickupStatus.VOIDED); // voided, then the task died before the ledger write

        assertThat(process(cancelled(order)).kind()).isEqualTo(OrderResult.Kind.VOIDED);
        assertThat(ups.voidCalls).isEmpty();
        assertThat(entry(order).state()).isEqualTo(ShipmentState.VOIDED);
    }

    @Test
    void aCancelledOrderThatNeverShippedIsRecordedSoItNeverShipsAndShipsWhenReinstated() throws Exception {
        Order order = SinkOrders.order("SO1");
        planFailure = new UnshippableOrderException("NO_WEIGHT", "no weight");
        assertThat(process(order).kind()).isEqualTo(OrderResult.Kind.FAILED);
        planFailure = null;

        OrderResult result = process(cancelled(order));

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.VOIDED);
        ShipmentLedgerEntry e = entry(order);
        assertThat(e.state()).isEqualTo(ShipmentState.VOIDED);
        assertThat(e.failureCode()).isEqualTo(AfterShipment.CANCELLED);
        assertThat(e.shipmentId()).isNull();
        assertThat(process(cancelled(order)).kind()).isEqualTo(OrderResult.Kind.SKIPPED);

        outcomes.add(created(NEW));
        assertThat(process(withStatus(order, "OPEN")).kind()).isEqualTo(OrderResult.Kind.SHIPPED);
        assertThat(entry(order).shipmentId()).isEqualTo(NEW);
    }

    @Test
    void aCancelledOrderUnknownToTheLedgerIsSkipped() throws Exception {
        Order order = SinkOrders.order("SO1");

        assertThat(process(cancelled(order)).kind()).isEqualTo(OrderResult.Kind.SKIPPED);
        assertThat(log.appended()).isEmpty();
        assertThat(shipped).isEmpty();
    }

    @Test
    void aCancelledPendingOrderIsReconciledAndWhatIsFoundIsVoided() throws Exception {
        Order order = SinkOrders.order("SO1");
        ledger.write(entries.pending(order, OrderDigest.of(order), order.key(), "03")).get();
        searchAnswers.add(List.of(OLD));

        OrderResult result = process(cancelled(order));

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.VOIDED);
        assertThat(ups.voidCalls).containsExactly(OLD);
        assertThat(entry(order).shipmentId()).isEqualTo(OLD);
        assertThat(entry(order).state()).isEqualTo(ShipmentState.VOIDED);
        assertThat(shipped).isEmpty();
    }

    @Test
    void aCancelledPendingOrderUpsNeverGotIsRecordedVoidedWithoutShipment() throws Exception {
        Order order = SinkOrders.order("SO1");
        ledger.write(entries.pending(order, OrderDigest.of(order), order.key(), "03")).get();

        assertThat(process(cancelled(order)).kind()).isEqualTo(OrderResult.Kind.VOIDED);
        assertThat(entry(order).shipmentId()).isNull();
        assertThat(ups.voidCalls).isEmpty();
        assertThat(shipped).isEmpty();
    }

    @Test
    void aChangedOrderBeforePickupIsVoidedAndShippedAgainExactlyOnce() throws Exception {
        Order order = SinkOrders.order("SO1");
        shippedAs(order, OLD);
        Order changed = SinkOrders.order("SO1", "3");
        outcomes.add(created(NEW));

        OrderResult result = process(changed);

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.RESHIPPED);
        assertThat(ups.voidCalls).containsExactly(OLD);
        assertThat(shipped).hasSize(2);
        assertThat(log.states(order.key())).containsExactly("PENDING", "CREATED", "PENDING", "PENDING", "CREATED");
        ShipmentLedgerEntry e = entry(order);
        assertThat(e.shipmentId()).isEqualTo(NEW);
        assertThat(e.voidedShipmentIds()).containsExactly(OLD);
        assertThat(e.orderDigest()).isEqualTo(OrderDigest.of(changed));
        assertThat(labelCalls).containsExactly("voided " + OLD, "shipped " + NEW);
        assertThat(metrics.changedOrdersReshippedTotal()).isEqualTo(1);
        assertThat(metrics.voidedTotal("RESHIP")).isEqualTo(1);

        assertThat(process(SinkOrders.revised(changed)).kind()).isEqualTo(OrderResult.Kind.SKIPPED);
        assertThat(shipped).hasSize(2);
    }

    @Test
    void aChangedOrderAfterPickupIsReportedAndKeepsItsShipment() throws Exception {
        Order order = SinkOrders.order("SO1");
        ShipmentLedgerEntry before = shippedAs(order, OLD);
        ups.status.put(OLD, PickupStatus.PICKED_UP);

        OrderResult result = process(SinkOrders.order("SO1", "3"));

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.CHANGED_AFTER_SHIPPING);
        assertThat(result.message()).contains("picked it up");
        assertThat(ups.voidCalls).isEmpty();
        assertThat(shipped).hasSize(1);
        assertThat(entry(order)).isEqualTo(before);
    }

    @Test
    void aChangedOrderUnderReportIsOnlyReported() throws Exception {
        policy = ChangedOrderPolicy.REPORT;
        Order order = SinkOrders.order("SO1");
        shippedAs(order, OLD);

        assertThat(process(SinkOrders.order("SO1", "3")).kind()).isEqualTo(OrderResult.Kind.CHANGED_AFTER_SHIPPING);
        assertThat(ups.trackCalls).isEmpty();
        assertThat(ups.voidCalls).isEmpty();
    }

    @Test
    void aChangeThatCannotShipKeepsTheOldShipment() throws Exception {
        Order order = SinkOrders.order("SO1");
        shippedAs(order, OLD);
        planFailure = new UnshippableOrderException("NO_WEIGHT", "line 1 has no weight");

        OrderResult result = process(SinkOrders.order("SO1", "3"));

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.CHANGED_AFTER_SHIPPING);
        assertThat(result.message()).contains("no weight");
        assertThat(ups.voidCalls).isEmpty();
        assertThat(entry(order).shipmentId()).isEqualTo(OLD);
    }

    @Test
    void aRestartAfterTheIntentVoidsTheOldShipmentAndShipsTheNewContentOnce() throws Exception {
        Order order = SinkOrders.order("SO1");
        ShipmentLedgerEntry old = shippedAs(order, OLD);
        Order changed = SinkOrders.order("SO1", "3");
        ledger.write(intent(old, changed)).get(); // the task died right after writing the intent
        outcomes.add(created(NEW));

        OrderResult result = process(changed);

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.RESHIPPED);
        assertThat(ups.voidCalls).containsExactly(OLD);
        assertThat(shipped).hasSize(2);
        assertThat(entry(order).shipmentId()).isEqualTo(NEW);
        assertThat(entry(order).voidedShipmentIds()).containsExactly(OLD);
    }

    @Test
    void aRestartAfterTheNewShipmentWasMadeFindsItInsteadOfShippingATwin() throws Exception {
        Order order = SinkOrders.order("SO1");
        ShipmentLedgerEntry old = shippedAs(order, OLD);
        Order changed = SinkOrders.order("SO1", "3");
        ledger.write(intent(old, changed)).get();
        ups.status.put(OLD, PickupStatus.VOIDED);
        ups.trackLags = true; // our void went through but UPS does not show it yet: 190102 must not stop us
        searchAnswers.add(List.of(NEW));

        OrderResult result = process(changed);

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.RESHIPPED);
        assertThat(shipped).hasSize(1);
        assertThat(entry(order).shipmentId()).isEqualTo(NEW);
        assertThat(entry(order).state()).isEqualTo(ShipmentState.CREATED);
        assertThat(entry(order).voidedShipmentIds()).containsExactly(OLD);
        assertThat(labelCalls).contains("recovered " + NEW);
    }

    @Test
    void aCancellationDuringAReshipVoidsBothTheOldAndTheNewShipment() throws Exception {
        Order order = SinkOrders.order("SO1");
        ShipmentLedgerEntry old = shippedAs(order, OLD);
        Order changed = SinkOrders.order("SO1", "3");
        ledger.write(intent(old, changed)).get();
        searchAnswers.add(List.of(NEW));

        assertThat(process(cancelled(changed)).kind()).isEqualTo(OrderResult.Kind.VOIDED);
        assertThat(ups.voidCalls).containsExactly(OLD, NEW);
        assertThat(entry(order).voidedShipmentIds()).containsExactly(OLD);
        assertThat(entry(order).shipmentId()).isEqualTo(NEW);
    }

    private ShipmentLedgerEntry intent(ShipmentLedgerEntry old, Order changed) {
        return old.toBuilder().state(ShipmentState.PENDING).orderDigest(OrderDigest.of(changed))
                .voidedShipmentIds(List.of(OLD)).build();
    }
}
