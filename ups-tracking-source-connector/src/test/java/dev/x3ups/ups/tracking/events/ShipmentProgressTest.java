package dev.x3ups.ups.tracking.events;

import static dev.x3ups.ups.tracking.events.TestEvents.T0;
import static dev.x3ups.ups.tracking.events.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.TrackingSource;
import dev.x3ups.records.UpsStatus;
import org.junit.jupiter.api.Test;

class ShipmentProgressTest {
    private final ShipmentProgress progress = new ShipmentProgress(100);

    @Test
    void acceptsEventsInTimeOrder() {
        assertThat(progress.advance(event("1ZA", "M", "MP", 0))).isEqualTo(Verdict.ACCEPTED);
        assertThat(progress.advance(event("1ZA", "I", "OR", 10))).isEqualTo(Verdict.ACCEPTED);
        assertThat(progress.advance(event("1ZA", "D", "FS", 20))).isEqualTo(Verdict.ACCEPTED);
        assertThat(progress.status("1ZA")).get().satisfies(s -> {
            assertThat(s.statusType()).isEqualTo("D");
            assertThat(s.isFinal()).isTrue();
        });
    }

    @Test
    void aLateOlderEventIsSupersededNotEmitted() {
        progress.advance(event("1ZA", "I", "OT", 30));
        assertThat(progress.advance(event("1ZA", "I", "DP", 20))).isEqualTo(Verdict.SUPERSEDED);
        assertThat(progress.status("1ZA").orElseThrow().activityTime()).isEqualTo(T0.plusSeconds(30 * 60));
    }

    @Test
    void neverMovesBackwardsEvenWithANewerTime() {
        progress.advance(event("1ZA", "D", "FS", 30));
        assertThat(progress.advance(event("1ZA", "I", "OR", 40))).isEqualTo(Verdict.SUPERSEDED);
        assertThat(progress.advance(event("1ZA", "M", "MP", 50))).isEqualTo(Verdict.SUPERSEDED);
    }

    @Test
    void freightAtTheDestinationStationIsFollowedByTheFinalDelivery() {
        assertThat(progress.advance(event("1ZA", "DD", "FD", 10))).isEqualTo(Verdict.ACCEPTED);
        assertThat(progress.status("1ZA").orElseThrow().isFinal()).isFalse();
        assertThat(progress.advance(event("1ZA", "O", "OT", 20))).isEqualTo(Verdict.ACCEPTED);
        assertThat(progress.advance(event("1ZA", "D", "FS", 30))).isEqualTo(Verdict.ACCEPTED);
        assertThat(progress.status("1ZA").orElseThrow().isFinal()).isTrue();
    }

    @Test
    void exceptionsPassWithoutLoweringTheRank() {
        progress.advance(event("1ZA", "I", "OT", 10));
        assertThat(progress.advance(event("1ZA", "X", "X1", 20))).isEqualTo(Verdict.ACCEPTED);
        assertThat(progress.status("1ZA").orElseThrow().rank()).isEqualTo(UpsStatus.progress("I"));
        assertThat(progress.advance(event("1ZA", "M", "MP", 30))).isEqualTo(Verdict.SUPERSEDED);
        assertThat(progress.advance(event("1ZA", "D", "FS", 40))).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void theSameScanFromTrackIsADuplicateOfTheWebhook() {
        progress.advance(event("1ZA", "I", "OT", 10));
        assertThat(progress.advance(event("1ZA", "O", null, 10, TrackingSource.QUANTUM_VIEW)))
                .isEqualTo(Verdict.DUPLICATE);
        // a pickup after in-transit of the same family with a newer time still counts
        assertThat(progress.advance(event("1ZA", "P", "XA", 11, TrackingSource.TRACK_API)))
                .isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void seededStatusStopsReemission() {
        progress.seed("1ZA", new PackageStatus(T0.plusSeconds(600), "I", "OR", UpsStatus.progress("I")));
        assertThat(progress.advance(event("1ZA", "I", "OR", 10))).isEqualTo(Verdict.DUPLICATE);
        assertThat(progress.advance(event("1ZA", "M", "MP", 0))).isEqualTo(Verdict.SUPERSEDED);
        assertThat(progress.advance(event("1ZA", "O", "OT", 20))).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void isBounded() {
        ShipmentProgress small = new ShipmentProgress(2);
        small.advance(event("1ZA", "M", "MP", 0));
        small.advance(event("1ZB", "M", "MP", 0));
        small.advance(event("1ZC", "M", "MP", 0));
        assertThat(small.size()).isEqualTo(2);
        assertThat(small.status("1ZA")).isEmpty();
    }
}
