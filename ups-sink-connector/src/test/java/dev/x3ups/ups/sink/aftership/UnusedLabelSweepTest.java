package dev.x3ups.ups.sink.aftership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.shipping.LabelSink;
import dev.x3ups.ups.sink.support.MemoryLedgerLog;
import dev.x3ups.ups.sink.support.SinkOrders;
import dev.x3ups.ups.sink.site.ChangedOrderPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class UnusedLabelSweepTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ShipmentLedger ledger = new ShipmentLedger(new MemoryLedgerLog());
    private final SinkMetrics metrics = new SinkMetrics();
    private final FakeUps ups = new FakeUps();
    private final AfterShipment after = new AfterShipment(ledger, new PickupAwareVoid(ups.pickups(), ups.voider(),
            delay -> CompletableFuture.completedFuture(null), Duration.ofMillis(1)), LabelSink.NONE, metrics,
            site -> ChangedOrderPolicy.REPORT, clock);
    private final UnusedLabelSweep sweep = new UnusedLabelSweep(ledger, key -> !key.endsWith("OTHER"), after,
            Duration.ofDays(3), Duration.ofDays(28), metrics, clock);

    private ShipmentLedgerEntry created(String number, Duration age) {
        Order order = SinkOrders.order(number);
        LedgerEntries entries = new LedgerEntries(Clock.fixed(NOW.minus(age), ZoneOffset.UTC));
        String id = "1Z" + number;
        return ledger.write(entries.created(order, "d", order.key(), id, List.of(id), "03", null, null)).join();
    }

    @Test
    void voidsOnlyOwnShipmentsWithoutPickupScanOlderThanTheLimitAndInsideTheVoidWindow() throws Exception {
        ShipmentLedgerEntry unused = created("OLD", Duration.ofDays(4));
        ShipmentLedgerEntry pickedUp = created("PICKED", Duration.ofDays(4));
        ups.status.put(pickedUp.shipmentId(), PickupStatus.PICKED_UP);
        created("RECENT", Duration.ofDays(2));
        created("ANCIENT", Duration.ofDays(40));
        created("OTHER", Duration.ofDays(4));

        assertThat(sweep.sweep().get()).isEqualTo(1);

        assertThat(ups.voidCalls).containsExactly(unused.shipmentId());
        assertThat(ups.trackCalls).containsExactlyInAnyOrder(unused.shipmentId(), pickedUp.shipmentId());
        ShipmentLedgerEntry e = ledger.get(unused.orderKey()).orElseThrow();
        assertThat(e.state()).isEqualTo(ShipmentState.VOIDED);
        assertThat(e.failureCode()).isEqualTo(AfterShipment.UNUSED_LABEL);
        assertThat(ledger.get(pickedUp.orderKey()).orElseThrow().state()).isEqualTo(ShipmentState.CREATED);
        assertThat(metrics.sweptTotal()).isEqualTo(1);
        assertThat(metrics.sweepsTotal()).isEqualTo(1);
        assertThat(metrics.voidedTotal(AfterShipment.UNUSED_LABEL)).isEqualTo(1);
    }

    @Test
    void aShipmentUpsCannotBeAskedAboutIsLeftForTheNextSweep() throws Exception {
        ShipmentLedgerEntry unused = created("OLD", Duration.ofDays(4));
        ups.unavailableCalls = 1;

        assertThat(sweep.sweep().get()).isZero();
        assertThat(ledger.get(unused.orderKey()).orElseThrow().state()).isEqualTo(ShipmentState.CREATED);

        assertThat(sweep.sweep().get()).isEqualTo(1);
        assertThat(ledger.get(unused.orderKey()).orElseThrow().state()).isEqualTo(ShipmentState.VOIDED);
    }

    @Test
    void flaggedShipmentsAreLeftAlone() throws Exception {
        ShipmentLedgerEntry unused = created("OLD", Duration.ofDays(4));
        ledger.write(unused.toBuilder().failureCode(AfterShipment.CANCEL_AFTER_PICKUP).build()).join();

        assertThat(sweep.sweep().get()).isZero();
        assertThat(ups.trackCalls).isEmpty();
    }
}
