package dev.x3ups.x3.sink.intake;

import static dev.x3ups.x3.sink.testing.Records.ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.OrderKey;
import dev.x3ups.records.PickupKind;
import dev.x3ups.records.PickupPiece;
import dev.x3ups.records.PickupRecord;
import dev.x3ups.records.PickupRecords;
import dev.x3ups.records.PickupState;
import dev.x3ups.x3.sink.status.OrderState;
import dev.x3ups.x3.sink.status.StatusMerge;
import dev.x3ups.x3.sink.status.StatusVocabulary;
import dev.x3ups.x3.sink.testing.Records;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class PickupUpdatesTest {
    private static final String OTHER = "SEED:SALES:SO000002";
    private final RecordDecoder decoder = new RecordDecoder("ups.shipments", "ups.tracking", "ups.pickups");
    private final StatusMerge merge = new StatusMerge(StatusVocabulary.parse(StatusVocabulary.DEFAULT_ENTRIES), "UPS");

    private static PickupRecord pickup(PickupKind kind, PickupState state) {
        return new PickupRecord("ATL", LocalDate.parse("2026-12-08"), kind, state, "X3UPS-PICKUP-ATL-20261208",
                state == PickupState.PENDING ? null : "2929602E9CP",
                kind == PickupKind.ON_CALL ? LocalTime.of(15, 30) : null,
                kind == PickupKind.ON_CALL ? LocalTime.of(18, 30) : null,
                List.of(new PickupPiece("003", "US", "01", 2)), null, false, List.of(ORDER, OTHER), null, null, null,
                Instant.EPOCH);
    }

    private static SinkRecord record(PickupRecord pickup) {
        return new SinkRecord("ups.pickups", 0, null, pickup.key(), PickupRecords.VALUE_SCHEMA,
                PickupRecords.toStruct(pickup), 1);
    }

    @Test
    void aBookedPickupGoesOnEveryOrderItCollectsWithItsPrnDayAndWindow() {
        List<OrderUpdate> updates = decoder.decodeAll(record(pickup(PickupKind.ON_CALL, PickupState.BOOKED)));

        assertThat(updates).extracting(OrderUpdate::order).containsExactly(OrderKey.parse(ORDER), OrderKey.parse(OTHER));
        assertThat(updates).allSatisfy(u -> assertThat(((OrderUpdate.Pickup) u).text())
                .isEqualTo("PRN 2929602E9CP 2026-12-08 15:30-18:30"));
        assertThat(updates.get(0).trackingNumbers()).isEmpty();
    }

    @Test
    void aSmartPickupHasNoWindowOfOurs() {
        List<OrderUpdate> updates = decoder.decodeAll(record(pickup(PickupKind.SMART, PickupState.BOOKED)));

        assertThat(((OrderUpdate.Pickup) updates.get(0)).text()).isEqualTo("SMART PRN 2929602E9CP 2026-12-08");
    }

    @Test
    void aPickupNotBookedYetWritesNothingAndACancelledOneIsCleared() {
        assertThat(decoder.decodeAll(record(pickup(PickupKind.ON_CALL, PickupState.PENDING)))).isEmpty();
        assertThat(decoder.decodeAll(record(pickup(PickupKind.ON_CALL, PickupState.CANCELLED))))
                .allSatisfy(u -> assertThat(((OrderUpdate.Pickup) u).text()).isNull());
        assertThat(decoder.decodeAll(new SinkRecord("ups.pickups", 0, null, "ATL:2026-12-08", null, null, 2)))
                .as("a tombstone").isEmpty();
    }

    @Test
    void ledgerAndTrackingRecordsStillDecodeOneUpdateEach() {
        assertThat(decoder.decodeAll(Records.record(Records.created(ORDER, "1Z1"))))
                .singleElement().isInstanceOf(OrderUpdate.Ledger.class);
    }

    @Test
    void anUnreadableOrderKeyIsADataError() {
        PickupRecord bad = new PickupRecord("ATL", LocalDate.parse("2026-12-08"), PickupKind.SMART,
                PickupState.BOOKED, "r", "P1", null, null, List.of(), null, false, List.of("not-a-key"), null, null,
                null, null);

        assertThatThrownBy(() -> decoder.decodeAll(record(bad))).isInstanceOf(DataException.class)
                .hasMessageContaining("ATL:2026-12-08");
    }

    @Test
    void laterShipmentAndTrackingUpdatesKeepThePickup() {
        OrderKey order = OrderKey.parse(ORDER);
        OrderState state = new OrderUpdate.Pickup(order, "PRN P1 2026-12-08").applyTo(OrderState.EMPTY, merge);
        state = new OrderUpdate.Ledger(order, Records.created(ORDER, "1Z1")).applyTo(state, merge);
        state = new OrderUpdate.Tracking(order, Records.event("1Z1", "I", "2026-12-08T20:00:00Z"))
                .applyTo(state, merge);

        assertThat(state.tracking().pickup()).isEqualTo("PRN P1 2026-12-08");
        assertThat(state.tracking().trackingNumbers()).containsExactly("1Z1");
        assertThat(state.tracking().statusCode()).isNotNull();
    }
}
