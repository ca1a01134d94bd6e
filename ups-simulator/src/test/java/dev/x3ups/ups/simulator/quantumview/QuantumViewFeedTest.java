package dev.x3ups.ups.simulator.quantumview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.simulator.ship.Shipment;
import dev.x3ups.ups.simulator.ship.ShipmentFactory;
import dev.x3ups.ups.simulator.ship.ShippedPackage;
import dev.x3ups.ups.simulator.ship.TrackingNumbers;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.timeline.TimelineEvent;
import dev.x3ups.ups.simulator.timeline.TimelinePlanner;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantumViewFeedTest {
    private final Instant now = Instant.parse("2026-07-01T10:00:00Z");

    @Test
    void packsEventsIntoFilesPerSubscriptionWithOwnReadState() {
        Shipment s = new ShipmentFactory(new TrackingNumbers(5), new TimelinePlanner(1, 0, 0))
                .create(ShipRequests.domestic("X3-F").get("ShipmentRequest"), "c", now);
        ShippedPackage p = s.packages().get(0);
        QuantumViewFeed feed = new QuantumViewFeed(List.of("A", "B"), 2);
        for (TimelineEvent e : p.timeline().planned()) {
            feed.onEvent(p, e);
        }
        feed.materialize(now);
        // M, P, O, D are reported (in-transit scans are not): 4 events, 2 per file.
        assertThat(feed.files("A")).hasSize(2);
        assertThat(feed.files("A").get(0).name()).isEqualTo("260701_100000000");
        assertThat(feed.files("A").get(1).name()).as("unique and increasing on a stopped clock")
                .isEqualTo("260701_100000001");
        assertThat(feed.files("A").get(0).entries()).extracting(QuantumViewFile.Entry::kind)
                .containsExactly("Manifest", "Origin");
        feed.files("A").forEach(QuantumViewFile::markRead);
        assertThat(feed.unreadFiles("A")).isZero();
        assertThat(feed.unreadFiles("B")).isEqualTo(2);
        assertThat(feed.knows("C")).isFalse();
    }

    @Test
    void keepsSevenDays() {
        Shipment s = new ShipmentFactory(new TrackingNumbers(5), new TimelinePlanner(1, 0, 0))
                .create(ShipRequests.domestic("X3-K").get("ShipmentRequest"), "c", now);
        ShippedPackage p = s.packages().get(0);
        QuantumViewFeed feed = new QuantumViewFeed(List.of("A"), 10);
        feed.onEvent(p, p.timeline().planned().get(0));
        feed.materialize(now);
        feed.onEvent(p, p.timeline().planned().get(1));
        feed.materialize(now.plus(java.time.Duration.ofDays(8)));
        assertThat(feed.files("A")).as("the old file aged out, the old pickup scan too").isEmpty();
    }

    @Test
    void scanEventsCarryTheReferenceNumbers() {
        Shipment s = new ShipmentFactory(new TrackingNumbers(5), new TimelinePlanner(1, 0, 0))
                .create(ShipRequests.domestic("X3-R").get("ShipmentRequest"), "c", now);
        ShippedPackage p = s.packages().get(0);
        TimelineEvent delivered = p.timeline().plannedDelivery();
        QuantumViewFile.Entry entry = QuantumViewEvents.map(p, delivered).orElseThrow();
        assertThat(entry.kind()).isEqualTo("Delivery");
        assertThat(entry.event().at("/PackageReferenceNumber/0/Value").asText()).isEqualTo("X3-R");
        assertThat(entry.event().get("TrackingNumber").asText()).isEqualTo(p.trackingNumber());
    }
}
