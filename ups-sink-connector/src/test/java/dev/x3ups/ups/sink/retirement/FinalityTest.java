package dev.x3ups.ups.sink.retirement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinalityTest {
    private static final Instant WRITTEN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(30);
    private static final Duration RENEW_MAX_AGE = Duration.ofDays(60);
    private final Finality finality = new Finality(RETENTION, RENEW_MAX_AGE);

    private static ShipmentLedgerEntry entry(ShipmentState state) {
        return ShipmentLedgerEntry.builder().orderKey("SO1").state(state).updatedAt(WRITTEN).build();
    }

    private static ShipmentLedgerEntry created(Instant deliveredAt) {
        return entry(ShipmentState.CREATED).toBuilder().shipmentId("1Z1").trackingNumbers(List.of("1Z1"))
                .deliveredAt(deliveredAt).build();
    }

    @Test
    void voidedFailedAndHeldAreFinalSinceTheyWereWritten() {
        for (ShipmentState state : List.of(ShipmentState.VOIDED, ShipmentState.FAILED, ShipmentState.HELD)) {
            ShipmentLedgerEntry e = entry(state);
            assertThat(finality.finalSince(e)).as(state.name()).contains(WRITTEN);
            assertThat(finality.retirable(e, WRITTEN.plus(RETENTION))).as(state.name()).isFalse();
            assertThat(finality.retirable(e, WRITTEN.plus(RETENTION).plusMillis(1))).as(state.name()).isTrue();
        }
    }

    @Test
    void aDeliveredShipmentIsFinalSinceItsDelivery() {
        Instant delivered = WRITTEN.plus(Duration.ofDays(3));
        ShipmentLedgerEntry e = created(delivered);

        assertThat(finality.finalSince(e)).contains(delivered);
        assertThat(finality.retirable(e, delivered.plus(RETENTION).minusSeconds(1))).isFalse();
        assertThat(finality.retirable(e, delivered.plus(RETENTION).plusSeconds(1))).isTrue();
    }

    @Test
    void aShipmentWithoutDeliveryIsTakenAsDeliveredAtTheRenewalMaxAge() {
        ShipmentLedgerEntry e = created(null);

        assertThat(finality.finalSince(e)).contains(WRITTEN.plus(RENEW_MAX_AGE));
        assertThat(finality.retirable(e, WRITTEN.plus(RETENTION).plusSeconds(1))).isFalse();
        assertThat(finality.retirable(e, WRITTEN.plus(RENEW_MAX_AGE).plus(RETENTION).plusSeconds(1))).isTrue();
    }

    @Test
    void pendingIsNeverFinalAReshipUnderWayIncluded() {
        ShipmentLedgerEntry reship = entry(ShipmentState.PENDING).toBuilder().shipmentId("1Z1")
                .voidedShipmentIds(List.of("1Z1")).build();
        Instant muchLater = WRITTEN.plus(Duration.ofDays(3650));

        assertThat(finality.finalSince(entry(ShipmentState.PENDING))).isEmpty();
        assertThat(finality.retirable(entry(ShipmentState.PENDING), muchLater)).isFalse();
        assertThat(finality.retirable(reship, muchLater)).isFalse();
    }

    @Test
    void anEntryWithoutWriteTimeIsNeverRetired() {
        ShipmentLedgerEntry e = ShipmentLedgerEntry.builder().orderKey("SO1").state(ShipmentState.FAILED).build();

        assertThat(finality.retirable(e, WRITTEN.plus(Duration.ofDays(3650)))).isFalse();
    }
}
