package dev.x3ups.ups.tracking.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.track.TrackResult;
import dev.x3ups.ups.client.track.TrackedShipment;
import dev.x3ups.ups.tracking.events.ObservedEvent;
import dev.x3ups.ups.tracking.events.TrackingOffsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class TrackPollerTest {
    private final PackageWatch watch = new PackageWatch(Clock.systemUTC());
    private final List<String> asked = new ArrayList<>();

    private CompletableFuture<TrackResult> track(String tn) {
        asked.add(tn);
        if (tn.equals("1ZBAD")) {
            return CompletableFuture.failedFuture(new RuntimeException("503 from UPS"));
        }
        return CompletableFuture.completedFuture(new TrackResult(List.of(new TrackedShipment(tn, List.of(),
                List.of(TrackEventMapperTest.pkg(tn,
                        TrackEventMapperTest.activity("20261124", "150000", "D", "FS", "Delivered"),
                        TrackEventMapperTest.activity("20261122", "080000", "M", "MP", "Label")))))));
    }

    @Test
    void asksAboutEachPackageAndCarriesTheCursorOnTheLastEvent() throws Exception {
        TrackPoller poller = new TrackPoller(this::track, watch, Duration.ofSeconds(1), () -> 7L, null);
        List<ObservedEvent> events = poller.poll(List.of("1ZA", "1ZBAD", "1ZC"));

        assertThat(asked).containsExactly("1ZA", "1ZBAD", "1ZC");
        assertThat(events).hasSize(4);
        assertThat(events.get(0).references()).containsExactly("SEED:SALES:1");
        assertThat(events.subList(0, 3)).allSatisfy(e -> assertThat(e.cursor()).isNull());
        ObservedEvent last = events.get(3);
        assertThat(last.cursor().partition()).isEqualTo(TrackingOffsets.reconcilerPartition("track"));
        assertThat(TrackPoller.cursorOf(last.cursor().offset())).isEqualTo("1ZC");
        assertThat(poller.cursor()).isEqualTo("1ZC");
        assertThat(watch.lastHeard("1ZA")).isPresent();
        assertThat(watch.lastHeard("1ZBAD")).as("a failed call is retried next pass").isEmpty();
    }

    @Test
    void resumesFromAStoredCursor() {
        TrackPoller poller = new TrackPoller(this::track, watch, Duration.ofSeconds(1), () -> 0L, "1ZQ");
        assertThat(poller.cursor()).isEqualTo("1ZQ");
        assertThat(TrackPoller.cursorOf(java.util.Map.of("cursor", "1ZQ"))).isEqualTo("1ZQ");
        assertThat(TrackPoller.cursorOf(null)).isNull();
    }
}
