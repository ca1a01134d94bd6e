package dev.x3ups.ups.tracking.reconcile;

import static dev.x3ups.ups.tracking.events.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.testing.MutableClock;
import dev.x3ups.ups.tracking.ledger.LedgerShipment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaleShipmentsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T12:00:00Z"));
    private final PackageWatch watch = new PackageWatch(clock);
    private final StaleShipments stale = new StaleShipments(watch, Duration.ofHours(6), Duration.ofMinutes(30));

    private LedgerShipment shipment(String tn, SubscriptionState subscription, Instant updated) {
        return new LedgerShipment(tn, "K-" + tn, "K-" + tn, ShipmentState.CREATED, subscription, updated);
    }

    @Test
    void aPackageIsDueAfterTheStaleTimeWithoutNews() {
        Instant created = clock.instant().minus(Duration.ofHours(7));
        List<LedgerShipment> live = List.of(shipment("1ZB", SubscriptionState.ACTIVE, created),
                shipment("1ZA", SubscriptionState.ACTIVE, created),
                shipment("1ZC", SubscriptionState.ACTIVE, clock.instant().minus(Duration.ofHours(1))));
        assertThat(stale.due(live, clock.instant(), false)).containsExactly("1ZA", "1ZB");
        watch.seen(event("1ZA", "I", "OR", 1));
        assertThat(stale.due(live, clock.instant(), false)).containsExactly("1ZB");
        watch.seen(event("1ZB", "D", "FS", 1));
        clock.advance(Duration.ofHours(7));
        assertThat(stale.due(live, clock.instant(), false)).containsExactly("1ZA", "1ZC");
    }

    @Test
    void withoutQuantumViewUnavailableTrackAlertMeansPollingSooner() {
        List<LedgerShipment> live = List.of(shipment("1ZA", SubscriptionState.UNAVAILABLE,
                clock.instant().minus(Duration.ofMinutes(31))));
        assertThat(stale.due(live, clock.instant(), false)).containsExactly("1ZA");
        assertThat(stale.due(live, clock.instant(), true)).isEmpty();
    }

    @Test
    void batchesStartAfterTheCursorAndWrapAround() {
        List<String> due = List.of("1ZA", "1ZB", "1ZC", "1ZD");
        assertThat(StaleShipments.batch(due, null, 2)).containsExactly("1ZA", "1ZB");
        assertThat(StaleShipments.batch(due, "1ZB", 2)).containsExactly("1ZC", "1ZD");
        assertThat(StaleShipments.batch(due, "1ZC", 3)).containsExactly("1ZD", "1ZA", "1ZB");
    }
}
