package dev.x3ups.ups.simulator.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.simulator.clock.SimClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineSchedulerTest {
    private final Instant start = Instant.parse("2026-07-01T00:00:00Z");
    private final SimClock clock = new SimClock(Clock.systemUTC(), start, 0);

    private Timeline timeline(int... hours) {
        List<TimelineEvent> events = new ArrayList<>();
        for (int h : hours) {
            events.add(new TimelineEvent(events.size(), start.plus(Duration.ofHours(h)), "I", "AR", "", "",
                    new EventLocation("c", "s", "p", "US")));
        }
        return new Timeline(events);
    }

    @Test
    void publishesEventsInTimeOrderWhenTheyFallDue() {
        TimelineScheduler<Timeline> scheduler = new TimelineScheduler<>(clock, t -> t);
        List<String> seen = new ArrayList<>();
        Timeline a = timeline(0, 5);
        Timeline b = timeline(1, 2);
        scheduler.addListener((subject, e) -> seen.add((subject == a ? "a" : "b") + e.index()));
        scheduler.track(a);
        scheduler.track(b);
        assertThat(scheduler.pump()).isEqualTo(1);
        clock.advance(Duration.ofHours(3));
        scheduler.pump();
        assertThat(seen).containsExactly("a0", "b0", "b1");
        clock.advance(Duration.ofHours(10));
        scheduler.pump();
        assertThat(seen).containsExactly("a0", "b0", "b1", "a1");
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void voidedTimelinesStopPublishing() {
        TimelineScheduler<Timeline> scheduler = new TimelineScheduler<>(clock, t -> t);
        List<Integer> seen = new ArrayList<>();
        scheduler.addListener((subject, e) -> seen.add(e.index()));
        Timeline t = timeline(0, 1, 2);
        scheduler.track(t);
        scheduler.pump();
        t.voidAt(start.plusSeconds(60));
        clock.advance(Duration.ofDays(1));
        scheduler.pump();
        assertThat(seen).containsExactly(0);
    }
}
