package dev.x3ups.ups.sink.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingSource;
import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.support.MemoryLedgerLog;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryRecorderTest {
    static final Instant SCANNED = Instant.parse("2026-11-23T15:04:05Z");
    private final MemoryLedgerLog log = new MemoryLedgerLog();
    private final ShipmentLedger ledger = new ShipmentLedger(log);
    private final LedgerEntries entries = new LedgerEntries(Clock.fixed(SinkOrders.REVISION, ZoneOffset.UTC));
    private final SinkMetrics metrics = new SinkMetrics();
    private final DeliveryRecorder recorder = new DeliveryRecorder(ledger, key -> !key.endsWith("OTHER"), metrics);

    static TrackingEvent event(String orderKey, String number, String type, String code, Instant actualDelivery) {
        return new TrackingEvent(number, orderKey, type, code, "status " + type, SCANNED, null, null, null, null,
                actualDelivery, false, null, TrackingSource.WEBHOOK);
    }

    private String shipped(String number, String... trackingNumbers) {
        Order order = SinkOrders.order(number);
        ledger.write(entries.created(order, "d", order.key(), "SHIP" + number, List.of(trackingNumbers), "03", null,
                null)).join();
        return order.key();
    }

    private Instant deliveredAt(String key) {
        return ledger.get(key).map(ShipmentLedgerEntry::deliveredAt).orElse(null);
    }

    @Test
    void aDeliveryOfAnyPackageOfTheCreatedShipmentSetsDeliveredAtOnce() {
        String key = shipped("SO1", "1ZA", "1ZB");
        Instant actual = SCANNED.minusSeconds(60);

        assertThat(recorder.record(event(key, "1ZB", "D", "KB", actual)).join()).isTrue();
        assertThat(recorder.record(event(key, "1ZA", "D", "KB", SCANNED)).join()).isFalse();

        assertThat(deliveredAt(key)).isEqualTo(actual);
        assertThat(log.states(key)).containsExactly("CREATED", "CREATED");
        assertThat(metrics.deliveriesRecordedTotal()).isEqualTo(1);
    }

    @Test
    void aReturnToTheShipperIsFinalAsTrackAndAsTrackAlertReportIt() {
        String viaTrack = shipped("SO1", "1ZA");
        String viaAlert = shipped("SO2", "1ZB");

        recorder.record(event(viaTrack, "1ZA", "RS", "RS", null)).join();
        recorder.record(event(viaAlert, "1ZB", "X", "RS", null)).join();

        assertThat(deliveredAt(viaTrack)).isEqualTo(SCANNED);
        assertThat(deliveredAt(viaAlert)).isEqualTo(SCANNED);
    }

    @Test
    void scansThatAreNotTheEndChangeNothing() {
        String key = shipped("SO1", "1ZA");
        for (String type : List.of("M", "P", "I", "O", "DD", "X", "MV")) {
            assertThat(recorder.record(event(key, "1ZA", type, "XX", null)).join()).as(type).isFalse();
        }
        assertThat(deliveredAt(key)).isNull();
        assertThat(log.states(key)).containsExactly("CREATED");
    }

    @Test
    void voidedNumbersOtherTasksOrdersAndUnknownOrdersArePassedOver() {
        String key = shipped("SO1", "1ZNEW");
        String others = shipped("SO2OTHER", "1ZO");

        assertThat(recorder.record(event(key, "1ZVOIDED", "D", "KB", null)).join()).isFalse();
        assertThat(recorder.record(event(others, "1ZO", "D", "KB", null)).join()).isFalse();
        assertThat(recorder.record(event("SEED:SALES:NOPE", "1ZN", "D", "KB", null)).join()).isFalse();
        assertThat(recorder.record(event(null, "1ZU", "D", "KB", null)).join()).isFalse();

        assertThat(deliveredAt(key)).isNull();
        assertThat(deliveredAt(others)).isNull();
        assertThat(metrics.deliveriesRecordedTotal()).isZero();
    }

    @Test
    void anOrderThatIsNotCreatedIsLeftAlone() {
        String key = shipped("SO1", "1ZA");
        ledger.update(key, current -> current.map(e -> e.toBuilder().state(dev.x3ups.records.ShipmentState.VOIDED)
                .build())).join();

        assertThat(recorder.record(event(key, "1ZA", "D", "KB", null)).join()).isFalse();
        assertThat(deliveredAt(key)).isNull();
    }
}
