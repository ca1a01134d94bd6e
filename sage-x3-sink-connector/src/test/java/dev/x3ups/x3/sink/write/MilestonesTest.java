package dev.x3ups.x3.sink.write;

import static dev.x3ups.x3.sink.testing.Records.ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.OrderKey;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingSource;
import dev.x3ups.x3.sink.intake.OrderUpdate;
import dev.x3ups.x3.sink.testing.Records;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MilestonesTest {

    private final OrderKey order = OrderKey.parse(ORDER);
    private final Milestones defaults = Milestones.parse(Milestones.DEFAULT);

    private OrderUpdate scan(String type, String code) {
        return new OrderUpdate.Tracking(order, new TrackingEvent("1Z1", ORDER, type, code, "scan",
                Instant.parse("2025-01-16T07:00:00Z"), null, null, null, null, null, false, null, TrackingSource.TRACK_API));
    }

    @Test
    void theDefaultWritesTheJourneysStepsButNotTransitScans() {
        assertThat(defaults.writes(scan("M", "MP"))).as("repeats the CREATED ledger entry").isFalse();
        assertThat(Milestones.EVERY_EVENT.writes(scan("M", "MP"))).isTrue();
        assertThat(defaults.writes(scan("P", "XD"))).isTrue();
        assertThat(defaults.writes(scan("I", "PU"))).as("Track Alert's pickup scan").isTrue();
        assertThat(defaults.writes(scan("O", "OT"))).as("delivered replaces it within hours").isFalse();
        assertThat(defaults.writes(scan("D", "FS"))).isTrue();
        assertThat(defaults.writes(scan("RS", "RS"))).isTrue();
        assertThat(defaults.writes(scan("MV", "VM"))).isTrue();
        assertThat(defaults.writes(scan("I", "DP"))).isFalse();
        assertThat(defaults.writes(scan("W", "AR"))).isFalse();
        assertThat(defaults.writes(scan("U", "UD"))).isFalse();
    }

    @Test
    void anInTransitTypeWithAnOutForDeliveryCodeIsOutForDelivery() {
        // Track and Track Alert report out-for-delivery as type I with code OT (OD, RO)
        Milestones outForDelivery = Milestones.parse(java.util.List.of("OUT_FOR_DELIVERY"));
        assertThat(outForDelivery.writes(scan("I", "OT"))).isTrue();
        assertThat(outForDelivery.writes(scan("i", "od"))).isTrue();
        assertThat(outForDelivery.writes(scan("I", "DP"))).isFalse();
        assertThat(Milestones.of(((OrderUpdate.Tracking) scan("I", "RO")).event()))
                .isEqualTo(Milestones.Milestone.OUT_FOR_DELIVERY);
    }

    @Test
    void exceptionsLedgerStatesAndPickupsAlwaysWrite() {
        Milestones none = Milestones.parse(List.of());
        assertThat(none.writes(scan("D", "FS"))).isFalse();
        assertThat(none.writes(scan("X", "X1"))).isTrue();
        assertThat(none.writes(new OrderUpdate.Tracking(order, Records.event(ORDER, "1Z1", "I",
                "2025-01-16T07:00:00Z", null, null, true, "Weather")))).as("flagged by UPS").isTrue();
        assertThat(none.writes(new OrderUpdate.Ledger(order, Records.ledger(ORDER, ShipmentState.VOIDED, List.of(),
                null, null)))).isTrue();
        assertThat(none.writes(new OrderUpdate.Pickup(order, null))).isTrue();
        assertThat(none.anyWrites(List.of(scan("I", "DP"), scan("D", "FS")))).isFalse();
        assertThat(defaults.anyWrites(List.of(scan("I", "DP"), scan("D", "FS")))).isTrue();
    }

    @Test
    void allIsEveryEventAndUnknownNamesAreRefusedWithTheValidOnes() {
        assertThat(Milestones.parse(List.of("delivered", "All"))).isSameAs(Milestones.EVERY_EVENT);
        assertThat(Milestones.EVERY_EVENT.writes(scan("I", "DP"))).isTrue();
        assertThat(Milestones.parse(List.of(" in_transit ")).writes(scan("W", "AR"))).isTrue();
        assertThatThrownBy(() -> Milestones.parse(List.of("DELIVERED", "ARRIVED")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown milestone 'ARRIVED'; use ALL or some of CREATED, PICKED_UP, IN_TRANSIT, "
                        + "OUT_FOR_DELIVERY, DELIVERED, EXCEPTION, RETURNED, VOIDED, OTHER");
    }
}
