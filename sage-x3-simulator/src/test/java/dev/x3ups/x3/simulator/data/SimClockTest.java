package dev.x3ups.x3.simulator.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimClockTest {

    private final MutableClock base = new MutableClock(Instant.parse("2026-01-01T00:00:00.750Z"));

    @Test
    void startsWhereToldAndTruncatesToTheSecond() {
        SimClock clock = new SimClock(base, Instant.parse("2025-01-15T10:00:00.900Z"));
        assertThat(clock.now()).isEqualTo(Instant.parse("2025-01-15T10:00:00Z"));
        base.advance(Duration.ofMillis(200));
        assertThat(clock.now()).isEqualTo(Instant.parse("2025-01-15T10:00:01Z"));
    }

    @Test
    void freezesAdvancesAndResumes() {
        SimClock clock = new SimClock(base, null);
        clock.freeze();
        Instant frozen = clock.now();
        base.advance(Duration.ofMinutes(5));
        assertThat(clock.now()).isEqualTo(frozen);
        assertThat(clock.frozen()).isTrue();
        clock.advance(Duration.ofSeconds(30));
        assertThat(clock.now()).isEqualTo(frozen.plusSeconds(30));
        clock.unfreeze();
        base.advance(Duration.ofSeconds(2));
        assertThat(clock.now()).isEqualTo(frozen.plusSeconds(32));
        clock.advance(Duration.ofHours(1));
        assertThat(clock.now()).isEqualTo(frozen.plusSeconds(3632));
    }

    @Test
    void neverMovesBackwards() {
        SimClock clock = new SimClock(base, null);
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
