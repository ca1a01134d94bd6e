package dev.x3ups.ups.sink.aftership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.track.TrackActivity;
import dev.x3ups.ups.client.track.TrackResult;
import dev.x3ups.ups.client.track.TrackStatus;
import dev.x3ups.ups.client.track.TrackedPackage;
import dev.x3ups.ups.client.track.TrackedShipment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class TrackPickupCheckTest {

    private static TrackResult scans(String... types) {
        List<TrackActivity> activities = new ArrayList<>();
        for (String type : types) {
            activities.add(0, new TrackActivity("20261207", "101500", null, null, null, "Atlanta", "GA", "30336", "US",
                    new TrackStatus(type, type, type, "003")));
        }
        TrackStatus current = activities.isEmpty() ? null : activities.get(0).status();
        return new TrackResult(List.of(new TrackedShipment("1Z1", List.of(),
                List.of(new TrackedPackage("1Z1", current, activities, List.of(), null, null)))));
    }

    @Test
    void onlyTheLabelCreatedManifestMeansNotPickedUp() {
        assertThat(TrackPickupCheck.read(scans("M"))).isEqualTo(PickupStatus.NOT_PICKED_UP);
        assertThat(TrackPickupCheck.read(new TrackResult(List.of()))).isEqualTo(PickupStatus.NOT_PICKED_UP);
    }

    @Test
    void anyScanByUpsMeansPickedUp() {
        assertThat(TrackPickupCheck.read(scans("M", "P"))).isEqualTo(PickupStatus.PICKED_UP);
        assertThat(TrackPickupCheck.read(scans("M", "P", "I", "D"))).isEqualTo(PickupStatus.PICKED_UP);
        assertThat(TrackPickupCheck.read(scans("M", "X"))).isEqualTo(PickupStatus.PICKED_UP);
    }

    @Test
    void aManifestVoidMeansVoided() {
        assertThat(TrackPickupCheck.read(scans("M", "MV"))).isEqualTo(PickupStatus.VOIDED);
    }

    @Test
    void asksForTheFirstTrackingNumberOnly() throws Exception {
        List<String> asked = new ArrayList<>();
        TrackPickupCheck check = new TrackPickupCheck(number -> {
            asked.add(number);
            return CompletableFuture.completedFuture(scans("M"));
        });

        assertThat(check.status(List.of("1Z1", "1Z2")).get()).isEqualTo(PickupStatus.NOT_PICKED_UP);
        assertThat(asked).containsExactly("1Z1");
    }
}
