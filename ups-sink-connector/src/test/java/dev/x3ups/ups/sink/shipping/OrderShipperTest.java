package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.ups.client.ship.Money;
import dev.x3ups.ups.client.ship.RecoveredShipment;
import dev.x3ups.ups.client.ship.ShipOutcome;
import dev.x3ups.ups.client.ship.ShippingLabel;
import dev.x3ups.ups.client.ship.VoidResult;
import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.ledger.LedgerWriteException;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.digest.OrderDigest;
import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import dev.x3ups.ups.sink.support.MemoryLedgerLog;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class OrderShipperTest {
    private final MemoryLedgerLog log = new MemoryLedgerLog();
    private final ShipmentLedger ledger = new ShipmentLedger(log);
    private final LedgerEntries entries = new LedgerEntries(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC));
    private final SinkMetrics metrics = new SinkMetrics();
    private final Deque<ShipOutcome> outcomes = new ArrayDeque<>();
    private final List<String> shipped = new CopyOnWriteArrayList<>();
    private final Deque<List<String>> searchAnswers = new ArrayDeque<>();
    private final List<String> voided = new CopyOnWriteArrayList<>();
    private final List<ShipmentLedgerEntry> announced = new ArrayList<>();
    private Throwable planFailure;
    /** What the label sink was asked, each with the order's ledger states at that moment. */
    private final List<String> labelCalls = new CopyOnWriteArrayList<>();
    private boolean labelsFail;
    private final LabelSink labels = new LabelSink() {
        @Override
        public CompletableFuture<Void> shipped(Order order, String shipmentId, List<String> trackingNumbers,
                                               List<ShippingLabel> labels) {
            labelCalls.add("shipped " + shipmentId + " " + labels.size() + " " + log.states(order.key()));
            return labelsFail ? CompletableFuture.failedFuture(new IllegalStateException("labels topic down"))
                    : CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> recovered(Order order, String shipmentId, List<String> trackingNumbers) {
            labelCalls.add("recovered " + shipmentId + " " + log.states(order.key()));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> voided(String orderKey, String shipmentId, List<String> trackingNumbers) {
            labelCalls.add("voided " + shipmentId);
            return CompletableFuture.completedFuture(null);
        }
    };

    private OrderShipper shipper() {
        return shipper(reconciler());
    }

    private Reconciler reconciler() {
        return new Reconciler((reference, account) -> CompletableFuture.completedFuture(
                searchAnswers.isEmpty() ? List.of() : searchAnswers.poll()),
                id -> {
                    voided.add(id);
                    return CompletableFuture.completedFuture(new VoidResult("1", "Voided", Map.of()));
                }, delay -> CompletableFuture.completedFuture(null), 2, Duration.ofMillis(1), metrics, labels);
    }

    private OrderShipper shipper(Reconciler reconciler) {
        return new OrderShipper(ledger, entries,
                order -> planFailure != null ? CompletableFuture.failedFuture(planFailure)
                        : CompletableFuture.completedFuture(SinkOrders.plan(order, 1)),
                spec -> {
                    shipped.add(spec.customerContext());
                    return CompletableFuture.completedFuture(outcomes.poll());
                }, reconciler, metrics, announced::add, System::nanoTime, labels);
    }

    private static ShipOutcome.Created created(String id) {
        return new ShipOutcome.Created(id, List.of(id), new Money("USD", new BigDecimal("12.40")),
                new Money("USD", new BigDecimal("10.10")), null, List.of(), List.of());
    }

    private OrderResult process(Order order) throws Exception {
        return shipper().process(order).get();
    }

    @Test
    void writesPendingThenShipsThenWritesCreatedWithCharges() throws Exception {
        Order order = SinkOrders.order("SO1");
        outcomes.add(created("1ZA1B2C30300000011"));

        OrderResult result = process(order);

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.SHIPPED);
        assertThat(log.states(order.key())).containsExactly("PENDING", "CREATED");
        ShipmentLedgerEntry entry = ledger.get(order.key()).orElseThrow();
        assertThat(entry.shipmentId()).isEqualTo("1ZA1B2C30300000011");
        assertThat(entry.serviceCode()).isEqualTo("03");
        assertThat(entry.billedCharges().amount()).isEqualByComparingTo("12.40");
        assertThat(entry.negotiatedCharges().amount()).isEqualByComparingTo("10.10");
        assertThat(entry.orderDigest()).isEqualTo(OrderDigest.of(order));
        assertThat(entry.reference()).isEqualTo(order.key());
        assertThat(announced).containsExactly(entry);
        assertThat(metrics.shippedTotal()).isEqualTo(1);
    }

    @Test
    void anOrderReEmittedByWriteBackIsNotShippedAgain() throws Exception {
        Order order = SinkOrders.order("SO1");
        outcomes.add(created("1ZA1B2C30300000011"));
        process(order);

        OrderResult again = process(SinkOrders.revised(order));

        assertThat(again.kind()).isEqualTo(OrderResult.Kind.SKIPPED);
        assertThat(shipped).hasSize(1);
        assertThat(log.appended()).hasSize(2);
    }

    @Test
    void labelsGoToTheLabelSinkBeforeCreatedAndWithoutThemNoCreatedIsWritten() throws Exception {
        Order order = SinkOrders.order("SO1");
        outcomes.add(new ShipOutcome.Created("1ZA1B2C30300000011", List.of("1ZA1B2C30300000011"), null, null, null,
                List.of(new ShippingLabel("1ZA1B2C30300000011", "ZPL", "XlhBXlha")), List.of()));
        process(order);
        assertThat(labelCalls).containsExactly("shipped 1ZA1B2C30300000011 1 [PENDING]");

        Order other = SinkOrders.order("SO2");
        labelsFail = true;
        outcomes.add(created("1ZA1B2C30300000029"));
        assertThatThrownBy(() -> process(other)).hasRootCauseMessage("labels topic down");
        assertThat(log.states(other.key())).containsExactly("PENDING");
    }

    @Test
    void aShipmentFoundByReconciliationGetsItsLabelsRecoveredBeforeCreatedAndVoidedTwinsAreWithdrawn()
            throws Exception {
        Order order = SinkOrders.order("SO1");
        ledger.write(entries.pending(order, OrderDigest.of(order), order.key(), "03")).get();
        searchAnswers.add(List.of("1ZA1B2C30300000078", "1ZA1B2C30300000060"));

        process(order);

        assertThat(labelCalls).containsExactly("voided 1ZA1B2C30300000078",
                "recovered 1ZA1B2C30300000060 [PENDING]");
        assertThat(log.states(order.key())).containsExactly("PENDING", "CREATED");
    }

    @Test
    void aShipmentLabelRecoveryFoundAfterOneShipCallKeepsTheLabelsItCameWith() throws Exception {
        Order order = SinkOrders.order("SO1");
        ledger.write(entries.pending(order, OrderDigest.of(order), order.key(), "03")).get();
        List<String> recoveries = new ArrayList<>();
        Reconciler reconciler = reconciler().recoveringLabelsFirst(new LabelRecoverySearch((reference, account) -> {
            recoveries.add(reference);
            return CompletableFuture.completedFuture(new RecoveredShipment("1ZA1B2C30300000060",
                    List.of("1ZA1B2C30300000060"), List.of(new ShippingLabel("1ZA1B2C30300000060", "ZPL", "XlhB"))));
        }), (reference, account) -> CompletableFuture.failedFuture(new AssertionError("not asked")));

        shipper(reconciler).process(order).get();

        assertThat(recoveries).containsExactly(order.key());
        assertThat(labelCalls).containsExactly("shipped 1ZA1B2C30300000060 1 [PENDING]");
        assertThat(log.states(order.key())).containsExactly("PENDING", "CREATED");
        assertThat(ledger.get(order.key()).orElseThrow().shipmentId()).isEqualTo("1ZA1B2C30300000060");
    }

    @Test
    void anOrderChangedAfterItShippedIsReportedNotReshipped() throws Exception {
        Order order = SinkOrders.order("SO1", "2");
        outcomes.add(created("1ZA1B2C30300000011"));
        process(order);

        OrderResult changed = process(SinkOrders.order("SO1", "3"));

        assertThat(changed.kind()).isEqualTo(OrderResult.Kind.CHANGED_AFTER_SHIPPING);
        assertThat(changed.reportable()).isTrue();
        assertThat(changed.message()).contains("1ZA1B2C30300000011");
        assertThat(shipped).hasSize(1);
        assertThat(metrics.changedAfterShippingTotal()).isEqualTo(1);
    }

    @Test
    void aRejectionIsRecordedFailedWithUpsCodeAndMessage() throws Exception {
        Order order = SinkOrders.order("SO1");
        outcomes.add(new ShipOutcome.Rejected(400, "120207", "Missing or invalid ship to postal code", List.of()));

        OrderResult result = process(order);

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.FAILED);
        assertThat(result.reportable()).isTrue();
        assertThat(log.states(order.key())).containsExactly("PENDING", "FAILED");
        ShipmentLedgerEntry entry = ledger.get(order.key()).orElseThrow();
        assertThat(entry.failureCode()).isEqualTo("120207");
        assertThat(entry.failureMessage()).isEqualTo("Missing or invalid ship to postal code");
    }

    @Test
    void anUnshippableOrderIsFailedWithoutAShipCall() throws Exception {
        planFailure = new UnshippableOrderException(UnshippableOrderException.NO_WEIGHT, "line 1 has no weight");

        OrderResult result = process(SinkOrders.order("SO1"));

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.FAILED);
        assertThat(result.code()).isEqualTo("NO_WEIGHT");
        assertThat(result.message()).isEqualTo("line 1 has no weight");
        assertThat(log.states(SinkOrders.order("SO1").key())).containsExactly("FAILED");
        assertThat(shipped).isEmpty();
    }

    @Test
    void aFailedOrderIsRetriedOnlyWhenItsContentChanges() throws Exception {
        planFailure = new UnshippableOrderException(UnshippableOrderException.NO_WEIGHT, "no weight");
        process(SinkOrders.order("SO1", "2"));
        planFailure = null;

        assertThat(process(SinkOrders.revised(SinkOrders.order("SO1", "2"))).kind()).isEqualTo(OrderResult.Kind.SKIPPED);
        outcomes.add(created("1ZA1B2C30300000029"));
        assertThat(process(SinkOrders.order("SO1", "4")).kind()).isEqualTo(OrderResult.Kind.SHIPPED);
        assertThat(shipped).hasSize(1);
    }

    @Test
    void upsStayingUnavailableIsRecordedFailed() throws Exception {
        outcomes.add(new ShipOutcome.Unavailable("HTTP 429 until the retry deadline", 429, "10429"));

        OrderResult result = process(SinkOrders.order("SO1"));

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.FAILED);
        assertThat(result.code()).isEqualTo("10429");
        assertThat(result.message()).contains("retry deadline");
    }

    @Test
    void anAmbiguousAnswerIsReconciledByReferenceWithoutShippingAgain() throws Exception {
        Order order = SinkOrders.order("SO1");
        outcomes.add(new ShipOutcome.Ambiguous("read timeout"));
        searchAnswers.add(List.of("1ZA1B2C30300000037"));

        OrderResult result = process(order);

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.RECONCILED);
        assertThat(shipped).hasSize(1);
        assertThat(ledger.get(order.key()).orElseThrow().shipmentId()).isEqualTo("1ZA1B2C30300000037");
        assertThat(log.states(order.key())).containsExactly("PENDING", "CREATED");
        assertThat(metrics.ambiguousTotal()).isEqualTo(1);
    }

    @Test
    void nothingFoundAfterTheChecksShipsAgainAndTheSweepVoidsALateDuplicate() throws Exception {
        Order order = SinkOrders.order("SO1");
        outcomes.add(new ShipOutcome.Ambiguous("read timeout"));
        outcomes.add(created("1ZA1B2C30300000052"));
        searchAnswers.add(List.of());
        searchAnswers.add(List.of());
        // the sweep after the second ship sees the first call's shipment, which surfaced late
        searchAnswers.add(List.of("1ZA1B2C30300000045", "1ZA1B2C30300000052"));

        OrderResult result = process(order);

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.SHIPPED);
        assertThat(shipped).hasSize(2);
        assertThat(voided).containsExactly("1ZA1B2C30300000045");
        assertThat(ledger.get(order.key()).orElseThrow().shipmentId()).isEqualTo("1ZA1B2C30300000052");
        assertThat(metrics.voidedDuplicatesTotal()).isEqualTo(1);
    }

    @Test
    void aPendingLeftByACrashIsReconciledKeepingTheFirstShipmentAndVoidingTheOthers() throws Exception {
        Order order = SinkOrders.order("SO1");
        ledger.write(entries.pending(order, OrderDigest.of(order), order.key(), "03")).get();
        searchAnswers.add(List.of("1ZA1B2C30300000078", "1ZA1B2C30300000060"));

        OrderResult result = process(SinkOrders.revised(order));

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.RECONCILED);
        assertThat(shipped).isEmpty();
        assertThat(ledger.get(order.key()).orElseThrow().shipmentId()).isEqualTo("1ZA1B2C30300000060");
        assertThat(voided).containsExactly("1ZA1B2C30300000078");
    }

    @Test
    void aPendingThatCanNoLongerBePlannedKeepsWhatUpsHas() throws Exception {
        Order order = SinkOrders.order("SO1");
        ledger.write(entries.pending(order, OrderDigest.of(order), order.key(), "03")).get();
        planFailure = new UnshippableOrderException(UnshippableOrderException.UNKNOWN_SITE, "site ATL unknown");
        searchAnswers.add(List.of("1ZA1B2C30300000060"));

        OrderResult result = process(order);

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.RECONCILED);
        assertThat(ledger.get(order.key()).orElseThrow().state()).isEqualTo(ShipmentState.CREATED);
    }

    @Test
    void aLedgerThatCannotBeWrittenFailsTheOrderInsteadOfShipping() {
        log.failWith(new LedgerWriteException("SEED:SALES:SO1", new IllegalStateException("broker down")));

        assertThatThrownBy(() -> process(SinkOrders.order("SO1")))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(LedgerWriteException.class);
        assertThat(shipped).isEmpty();
    }
}
