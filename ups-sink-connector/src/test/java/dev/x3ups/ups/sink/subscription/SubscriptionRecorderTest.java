package dev.x3ups.ups.sink.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Order;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.support.MemoryLedgerLog;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionRecorderTest {
    private final MemoryLedgerLog log = new MemoryLedgerLog();
    private final ShipmentLedger ledger = new ShipmentLedger(log);
    private final LedgerEntries entries = new LedgerEntries(Clock.systemUTC());
    private final SubscriptionRecorder recorder = new SubscriptionRecorder(ledger, entries);
    private final Order order = SinkOrders.order("SO1");

    @Test
    void recordsStateAndExpiryOnACreatedShipment() {
        ledger.write(entries.created(order, "d", order.key(), "1Z1", List.of("1Z1"), "03", null, null)).join();
        Instant expiry = Instant.parse("2026-12-11T12:00:00Z");

        recorder.record(order.key(), SubscriptionState.ACTIVE, expiry).join();

        assertThat(ledger.get(order.key()).orElseThrow().subscriptionExpiry()).isEqualTo(expiry);
        assertThat(ledger.get(order.key()).orElseThrow().shipmentId()).isEqualTo("1Z1");
    }

    @Test
    void leavesOrdersThatAreNoLongerCreatedAlone() {
        ledger.write(entries.failed(order, "d", order.key(), "C", "m")).join();

        recorder.record(order.key(), SubscriptionState.ACTIVE, Instant.now()).join();
        recorder.record("unknown", SubscriptionState.ACTIVE, Instant.now()).join();

        assertThat(log.appended()).hasSize(1);
    }

    @Test
    void anAnswerForAShipmentReplacedMeanwhileIsNotRecordedOnTheNewOne() {
        ledger.write(entries.created(order, "d2", order.key(), "1Z2", List.of("1Z2"), "03", null, null)).join();

        recorder.record(order.key(), "1Z1", SubscriptionState.ACTIVE, Instant.now()).join();
        assertThat(log.appended()).hasSize(1);

        recorder.record(order.key(), "1Z2", SubscriptionState.ACTIVE, Instant.now()).join();
        assertThat(ledger.get(order.key()).orElseThrow().subscriptionState()).isEqualTo(SubscriptionState.ACTIVE);
    }
}
