package dev.x3ups.ups.simulator.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.simulator.clock.SimClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelinePickupTest {
    private final Instant start = Instant.parse("2026-07-01T00:00:00Z");
    private final SimClock clock = new SimClock(Clock.systemUTC(), start, 0);
    private final EventLocation here = new EventLocation("c", "s", "p", "US");

    /** M now, P after 4 h, I after 6 h, D after 30 h. */
    private Timeline timeline() {
        return new Timeline(List.of(new TimelineEvent(0, start, "M", "MP", "", "", here),
                new TimelineEvent(1, start.plus(Duration.ofHours(4)), "P", "PU", "", "", here),
                new TimelineEvent(2, start.plus(Duration.ofHours(6)), "I", "OR", "", "", here),
                new TimelineEvent(3, start.plus(Duration.ofHours(30)), "D", "FS", "", "", here)));
    }

    @Test
    void pickingUpNowMovesThePickupAndEverythingAfterIt() {
        Timeline t = timeline();
        Instant now = start.plus(Duration.ofHours(1));
        assertThat(t.pickedUpBy(now)).isFalse();
        assertThat(t.pickUpAt(now)).isTrue();
        assertThat(t.planned()).extracting(TimelineEvent::at).containsExactly(start, now,
                now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(26)));
        assertThat(t.pickedUpBy(now)).isTrue();
        assertThat(t.pickedUpBy(now.minusSeconds(1))).isFalse();
        assertThat(t.pickUpAt(now)).as("already due").isFalse();
    }

    @Test
    void aVoidedPackageIsNeitherPickedUpNorMoved() {
        Timeline t = timeline();
        t.voidAt(start.plusSeconds(60));
        assertThat(t.pickUpAt(start.plusSeconds(120))).isFalse();
        assertThat(t.pickedUpBy(start.plus(Duration.ofDays(3)))).as("the MV scan is not a pickup").isFalse();
    }

    @Test
    void theSchedulerPublishesTheMovedPickupAtOnce() {
        TimelineScheduler<Timeline> scheduler = new TimelineScheduler<>(clock, t -> t);
        List<String> seen = new ArrayList<>();
        scheduler.addListener((subject, e) -> seen.add(e.type()));
        Timeline t = timeline();
        scheduler.track(t);
        scheduler.pump();
        clock.advance(Duration.ofHours(1));
        assertThat(scheduler.pump()).isZero();
        t.pickUpAt(clock.now());
        scheduler.replanned(t);
        scheduler.pump();
        assertThat(seen).containsExactly("M", "P");
        clock.advance(Duration.ofHours(2));
        scheduler.pump();
        assertThat(seen).containsExactly("M", "P", "I");
    }
}
