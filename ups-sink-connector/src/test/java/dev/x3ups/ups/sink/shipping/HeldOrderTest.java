package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.ups.client.ship.Money;
import dev.x3ups.ups.client.ship.ShipOutcome;
import dev.x3ups.ups.sink.addresscheck.AddressHeldException;
import dev.x3ups.ups.sink.digest.OrderDigest;
import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.support.MemoryLedgerLog;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** An order whose address check holds it: HELD, nothing shipped, until X3 sends corrected content. */
class HeldOrderTest {
    private final MemoryLedgerLog log = new MemoryLedgerLog();
    private final ShipmentLedger ledger = new ShipmentLedger(log);
    private final SinkMetrics metrics = new SinkMetrics();
    private final List<String> shipped = new CopyOnWriteArrayList<>();
    private final List<String> heldDigests = new CopyOnWriteArrayList<>();

    private OrderShipper shipper() {
        Reconciler reconciler = new Reconciler((reference, account) -> CompletableFuture.completedFuture(List.of()),
                id -> CompletableFuture.failedFuture(new AssertionError("nothing to void")),
                delay -> CompletableFuture.completedFuture(null), 1, Duration.ofMillis(1), metrics, LabelSink.NONE);
        return new OrderShipper(ledger, new LedgerEntries(Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"),
                ZoneOffset.UTC)),
                order -> heldDigests.contains(OrderDigest.of(order))
                        ? CompletableFuture.failedFuture(new AddressHeldException(AddressHeldException.ADDRESS_AMBIGUOUS,
                                "UPS candidates: 123 MAIN ST N, ALPHARETTA GA 30005, US"))
                        : CompletableFuture.completedFuture(SinkOrders.plan(order, 1)),
                spec -> {
                    shipped.add(spec.customerContext());
                    return CompletableFuture.completedFuture(new ShipOutcome.Created("1Z" + shipped.size(),
                            List.of("1Z" + shipped.size()), new Money("USD", BigDecimal.TEN), null, null, List.of(),
                            List.of()));
                }, reconciler, metrics, entry -> { }, System::nanoTime);
    }

    @Test
    void anAmbiguousAddressIsHeldWithItsCandidatesAndShipsOnceCorrectedInX3() throws Exception {
        Order ambiguous = SinkOrders.order("SO1");
        heldDigests.add(OrderDigest.of(ambiguous));

        OrderResult held = shipper().process(ambiguous).get();
        assertThat(held.kind()).isEqualTo(OrderResult.Kind.HELD);
        assertThat(held.reportable()).isFalse();
        ShipmentLedgerEntry entry = ledger.get(ambiguous.key()).orElseThrow();
        assertThat(entry.state()).isEqualTo(ShipmentState.HELD);
        assertThat(entry.failureCode()).isEqualTo("ADDRESS_AMBIGUOUS");
        assertThat(entry.failureMessage()).contains("123 MAIN ST N, ALPHARETTA GA 30005, US");
        assertThat(entry.orderDigest()).isEqualTo(OrderDigest.of(ambiguous));
        assertThat(log.states(ambiguous.key())).containsExactly("HELD");
        assertThat(metrics.heldTotal()).isEqualTo(1);
        assertThat(metrics.failedTotal()).isZero();

        // X3 write-back re-emits the order unchanged: still held, no call
        assertThat(shipper().process(SinkOrders.revised(ambiguous)).get().kind()).isEqualTo(OrderResult.Kind.SKIPPED);
        assertThat(shipped).isEmpty();

        Order corrected = SinkOrders.order("SO1", "3");
        OrderResult result = shipper().process(corrected).get();
        assertThat(result.kind()).isEqualTo(OrderResult.Kind.SHIPPED);
        assertThat(log.states(corrected.key())).containsExactly("HELD", "PENDING", "CREATED");
        assertThat(shipped).containsExactly(corrected.key());
    }
}
