package dev.x3ups.ups.tracking.reconcile;

import static dev.x3ups.ups.tracking.events.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PackageWatchTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private final PackageWatch watch = new PackageWatch(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void remembersWhenWeHeardAndWhatIsFinal() {
        assertThat(watch.lastHeard("1ZA")).isEmpty();
        watch.seen(event("1ZA", "I", "OR", 1));
        assertThat(watch.lastHeard("1ZA")).contains(NOW);
        assertThat(watch.isFinal("1ZA")).isFalse();
        watch.seen(event("1ZA", "D", "FS", 2));
        assertThat(watch.isFinal("1ZA")).isTrue();
        watch.polled("1ZB");
        assertThat(watch.lastHeard("1ZB")).contains(NOW);
        watch.seed("1ZC", true);
        assertThat(watch.isFinal("1ZC")).isTrue();
    }

    @Test
    void freightAtTheDestinationStationIsStillWatched() {
        watch.seen(event("1ZD", "DD", "FD", 1));
        assertThat(watch.isFinal("1ZD")).isFalse();
        watch.seen(event("1ZD", "RS", "RS", 2));
        assertThat(watch.isFinal("1ZD")).isTrue();
    }

    @Test
    void aPackageWhoseOrderLeftTheLedgerIsForgotten() {
        watch.seen(event("1ZA", "D", "FS", 1));
        watch.polled("1ZB");

        watch.forget("1ZA");

        assertThat(watch.lastHeard("1ZA")).isEmpty();
        assertThat(watch.isFinal("1ZA")).isFalse();
        assertThat(watch.size()).isEqualTo(1);
    }

    @Test
    void aRetiredOrdersPackagesLeaveTheWatchWhenTheLedgerViewReadsItsTombstone() {
        var view = new dev.x3ups.ups.tracking.ledger.LedgerView(watch::forget);
        view.apply("K", dev.x3ups.ups.tracking.ledger.LedgerFixtures.entry("K", dev.x3ups.records.ShipmentState.CREATED,
                dev.x3ups.records.SubscriptionState.ACTIVE, NOW, "1ZA", "1ZB"));
        watch.seen(event("1ZA", "D", "FS", 1));
        watch.seen(event("1ZB", "D", "FS", 1));

        view.apply("K", null);

        assertThat(watch.size()).isZero();
    }
}
