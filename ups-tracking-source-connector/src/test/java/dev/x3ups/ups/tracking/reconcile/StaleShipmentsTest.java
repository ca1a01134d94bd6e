package dev.x3ups.ups.tracking.reconcile;

import static dev.x3ups.ups.tracking.events.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.ups.tracking.ledger.LedgerShipment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaleShipmentsTest {
    private Instant now = Instant.parse("2026-11-27T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final PackageWatch watch = new PackageWatch(clock);
    private final StaleShipments stale = new StaleShipments(watch, Duration.ofHours(6), Duration.ofMinutes(30));

    private LedgerShipment shipment(String tn, SubscriptionState subscription, Instant updated) {
        return new LedgerShipment(tn, "K-" + tn, "K-" + tn, ShipmentState.CREATED, subscription, updated);
    }

    @Test
    void aPackageIsDueAfterTheStaleTimeWithoutNews() {
        Instant created = now.minus(Duration.ofHours(7));
        List<LedgerShipment> live = List.of(shipment("1ZB", SubscriptionState.ACTIVE, created),
                shipment("1ZA", SubscriptionState.ACTIVE, created),
                shipment("1ZC", SubscriptionState.ACTIVE, now.minus(Duration.ofHours(1))));
        assertThat(stale.due(live, now, false)).containsExactly("1ZA", "1ZB");
        watch.seen(event("1ZA", "I", "OR", 1));
        assertThat(stale.due(live, now, false)).containsExactly("1ZB");
        watch.seen(event("1ZB", "D", "FS", 1));
        now = now.plus(Duration.ofHours(7));
        assertThat(stale.due(live, now, false)).containsExactly("1ZA", "1ZC");
    }

    @Test
    void withoutQuantumViewUnavailableTrackAlertMeansPollingSooner() {
        List<LedgerShipment> live = List.of(shipment("1ZA", SubscriptionState.UNAVAILABLE,
                now.minus(Duration.ofMinutes(31))));
        assertThat(stale.due(live, now, false)).containsExactly("1ZA");
        assertThat(stale.due(live, now, true)).isEmpty();
    }

    @Test
    void batchesStartAfterTheCursorAndWrapAround() {
        List<String> due = List.of("1ZA", "1ZB", "1ZC", "1ZD");
        assertThat(StaleShipments.batch(due, null, 2)).containsExactly("1ZA", "1ZB");
        assertThat(StaleShipments.batch(due, "1ZB", 2)).containsExactly("1ZC", "1ZD");
        assertThat(StaleShipments.batch(due, "1ZC", 3)).containsExactly("1ZD", "1ZA", "1ZB");
    }
}
