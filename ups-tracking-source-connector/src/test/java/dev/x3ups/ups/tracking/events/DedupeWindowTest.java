package dev.x3ups.ups.tracking.events;

import static dev.x3ups.ups.tracking.events.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.TrackingSource;
import org.junit.jupiter.api.Test;

class DedupeWindowTest {

    @Test
    void theSameScanIsSeenOnceEvenFromAnotherChannel() {
        DedupeWindow window = new DedupeWindow(10);
        assertThat(window.firstTime(EventKey.of(event("1ZA", "I", "OT", 5)))).isTrue();
        assertThat(window.firstTime(EventKey.of(event("1ZA", "I", "OT", 5)))).isFalse();
        // Track says O where Track Alert says I: same family, same scan
        assertThat(window.firstTime(EventKey.of(event("1ZA", "O", "OT", 5, TrackingSource.TRACK_API)))).isFalse();
        assertThat(window.firstTime(EventKey.of(event("1ZA", "I", "OT", 6)))).isTrue();
        assertThat(window.firstTime(EventKey.of(event("1ZB", "I", "OT", 5)))).isTrue();
    }

    @Test
    void forgetsTheLeastRecentlySeenBeyondItsCapacity() {
        DedupeWindow window = new DedupeWindow(2);
        window.firstTime(EventKey.of(event("1ZA", "M", "MP", 1)));
        window.firstTime(EventKey.of(event("1ZB", "M", "MP", 1)));
        window.firstTime(EventKey.of(event("1ZA", "M", "MP", 1))); // touched: B is now the eldest
        window.firstTime(EventKey.of(event("1ZC", "M", "MP", 1)));
        assertThat(window.size()).isEqualTo(2);
        assertThat(window.firstTime(EventKey.of(event("1ZA", "M", "MP", 1)))).isFalse();
        assertThat(window.firstTime(EventKey.of(event("1ZB", "M", "MP", 1)))).isTrue();
    }

    @Test
    void needsRoom() {
        assertThatThrownBy(() -> new DedupeWindow(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
