package dev.x3ups.ups.tracking.events;

import static dev.x3ups.ups.tracking.events.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventFilterTest {

    @Test
    void dropsRepeatsAndOlderScans() {
        EventFilter filter = new EventFilter(new DedupeWindow(100), new ShipmentProgress(100));
        assertThat(filter.decide(event("1ZA", "I", "OR", 10))).isEqualTo(Verdict.ACCEPTED);
        assertThat(filter.decide(event("1ZA", "I", "OR", 10))).isEqualTo(Verdict.DUPLICATE);
        assertThat(filter.decide(event("1ZA", "M", "MP", 0))).isEqualTo(Verdict.SUPERSEDED);
        assertThat(filter.decide(event("1ZA", "D", "FS", 20))).isEqualTo(Verdict.ACCEPTED);
        assertThat(filter.progress().status("1ZA").orElseThrow().isFinal()).isTrue();
    }

    @Test
    void aRepeatStillCaughtAfterTheWindowForgotIt() {
        EventFilter filter = new EventFilter(new DedupeWindow(1), new ShipmentProgress(100));
        filter.decide(event("1ZA", "I", "OR", 10));
        filter.decide(event("1ZB", "I", "OR", 10)); // pushes 1ZA's key out of the window
        assertThat(filter.decide(event("1ZA", "I", "OR", 10))).isEqualTo(Verdict.DUPLICATE);
    }
}
