package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.WriteBack;
import dev.x3ups.ups.client.ship.ShipOutcome;
import dev.x3ups.ups.sink.digest.OrderDigest;
import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.support.MemoryLedgerLog;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Orders that come back from X3 after their ledger entry was retired: X3's write-back record decides. */
class RetiredOrdersTest {
    private static final List<String> X3_NUMBERS = List.of("1ZRETIRED0000001");
    private final MemoryLedgerLog log = new MemoryLedgerLog();
    private final ShipmentLedger ledger = new ShipmentLedger(log);
    private final LedgerEntries entries = new LedgerEntries(Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"),
            ZoneOffset.UTC));
    private final SinkMetrics metrics = new SinkMetrics();
    private final List<String> shipCalls = new CopyOnWriteArrayList<>();

    private OrderShipper shipper() {
        Reconciler reconciler = new Reconciler((reference, account) -> CompletableFuture.completedFuture(List.of()),
                id -> CompletableFuture.failedFuture(new AssertionError("nothing is voided")),
                delay -> CompletableFuture.completedFuture(null), 2, Duration.ofMillis(1), metrics, LabelSink.NONE);
        return new OrderShipper(ledger, entries, order -> CompletableFuture.completedFuture(SinkOrders.plan(order, 1)),
                spec -> {
                    shipCalls.add(spec.customerContext());
                    return CompletableFuture.completedFuture(new ShipOutcome.Created("1ZNEW", List.of("1ZNEW"), null,
                            null, null, List.of(), List.of()));
                }, reconciler, metrics, entry -> { }, System::nanoTime);
    }

    private static Order withX3Evidence(Order order, String digest) {
        return order.withWriteBack(new WriteBack(X3_NUMBERS, digest, Instant.parse("2026-10-01T08:00:00Z")));
    }

    @Test
    void anUnchangedOrderX3ShowsShippedIsNotShippedAgainAndNothingIsWritten() {
        Order order = SinkOrders.order("SO1");
        Order back = withX3Evidence(order, OrderDigest.of(order));
        Order noDigestInX3 = withX3Evidence(SinkOrders.order("SO2"), null);

        OrderResult result = shipper().process(back).join();
        OrderResult noDigest = shipper().process(noDigestInX3).join();

        assertThat(result.kind()).isEqualTo(OrderResult.Kind.SKIPPED);
        assertThat(result.reportable()).isFalse();
        assertThat(noDigest.kind()).isEqualTo(OrderResult.Kind.SKIPPED);
        assertThat(shipCalls).isEmpty();
        assertThat(log.appended()).isEmpty();
        assertThat(metrics.retiredOrdersSeenTotal()).isEqualTo(2);
        assertThat(metrics.retiredOrdersChangedTotal()).isZero();
    }

    @Test
    void aChangedOrderX3ShowsShippedIsRecordedFailedWithX3sNumbersAndNotShipped() {
        Order shippedContent = SinkOrders.order("SO1");
        Order changed = withX3Evidence(SinkOrders.order("SO1", "5"), OrderDigest.of(shippedContent));

        OrderResult result = shipper().process(changed).join();

        assertThat(shipCalls).isEmpty();
        assertThat(result.kind()).isEqualTo(OrderResult.Kind.FAILED);
        assertThat(result.reportable()).isTrue();
        ShipmentLedgerEntry entry = ledger.get(changed.key()).orElseThrow();
        assertThat(entry.state()).isEqualTo(ShipmentState.FAILED);
        assertThat(entry.failureCode()).isEqualTo(OrderShipper.RETIRED_CHANGED);
        assertThat(entry.failureMessage()).isEqualTo("Order changed in X3 after its shipment 1ZRETIRED0000001 was "
                + "final and retired from the ledger; not shipped again: ship the change by hand or create a new order");
        assertThat(entry.trackingNumbers()).isEqualTo(X3_NUMBERS);
        assertThat(entry.orderDigest()).isEqualTo(OrderDigest.of(changed));
        assertThat(metrics.retiredOrdersChangedTotal()).isEqualTo(1);

        // the same change again is skipped; a further change, or one arriving without X3's evidence, is flagged again
        assertThat(shipper().process(changed).join().kind()).isEqualTo(OrderResult.Kind.SKIPPED);
        Order changedAgain = SinkOrders.order("SO1", "7");
        assertThat(shipper().process(changedAgain).join().kind()).isEqualTo(OrderResult.Kind.FAILED);
        assertThat(ledger.get(changed.key()).orElseThrow().trackingNumbers()).isEqualTo(X3_NUMBERS);
        assertThat(ledger.get(changed.key()).orElseThrow().orderDigest()).isEqualTo(OrderDigest.of(changedAgain));
        assertThat(shipCalls).isEmpty();
        assertThat(log.states(changed.key())).containsExactly("FAILED", "FAILED");
    }

    @Test
    void aCancelledRetiredOrderHasNothingToVoid() {
        Order order = SinkOrders.order("SO1");
        Order cancelled = withX3Evidence(order, OrderDigest.of(order));
        cancelled = new Order(cancelled.kind(), cancelled.folder(), cancelled.number(), cancelled.site(),
                cancelled.revision(), cancelled.partyCode(), cancelled.shipFrom(), cancelled.shipTo(),
                cancelled.lines(), cancelled.totalAmount(), cancelled.currency(), cancelled.deliveryMode(),
                cancelled.carrier(), Order.CANCELLED, cancelled.customerReference(), cancelled.writeBack());

        assertThat(shipper().process(cancelled).join().kind()).isEqualTo(OrderResult.Kind.SKIPPED);
        shipper().process(withX3Evidence(SinkOrders.order("SO1", "5"), OrderDigest.of(order))).join();
        assertThat(shipper().process(cancelled).join().kind()).isEqualTo(OrderResult.Kind.SKIPPED);

        assertThat(log.states(order.key())).containsExactly("FAILED");
        assertThat(shipCalls).isEmpty();
    }

    @Test
    void anOrderWithoutX3EvidenceShipsAsToday() {
        Order fresh = SinkOrders.order("SO9");
        Order emptyWriteBack = SinkOrders.order("SO8").withWriteBack(new WriteBack(List.of(), null, null));

        assertThat(shipper().process(fresh).join().kind()).isEqualTo(OrderResult.Kind.SHIPPED);
        assertThat(shipper().process(emptyWriteBack).join().kind()).isEqualTo(OrderResult.Kind.SHIPPED);

        assertThat(shipCalls).hasSize(2);
        assertThat(metrics.retiredOrdersSeenTotal()).isZero();
    }

    @Test
    void theMessageNamesAtMostThreeNumbers() {
        assertThat(RetiredOrders.message(List.of("1Z1", "1Z2", "1Z3", "1Z4", "1Z5")))
                .startsWith("changed in X3 after its shipment 1Z1, 1Z2, 1Z3 and 2 more was final");
    }
}
