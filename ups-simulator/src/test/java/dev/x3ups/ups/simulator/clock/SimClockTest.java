package dev.x3ups.ups.simulator.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimClockTest {
    private final MutableClock wall = new MutableClock(Instant.parse("2026-07-01T00:00:00Z"));
    private final Instant start = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void runsSpeedTimesFasterThanTheWallClock() {
        SimClock clock = new SimClock(wall, start, 3600);
        wall.advance(Duration.ofSeconds(2));
        assertThat(clock.now()).isEqualTo(start.plus(Duration.ofHours(2)));
    }

    @Test
    void advanceAddsOnTopOfElapsedTime() {
        SimClock clock = new SimClock(wall, start, 1);
        wall.advance(Duration.ofSeconds(10));
        clock.advance(Duration.ofDays(13));
        assertThat(clock.now()).isEqualTo(start.plusSeconds(10).plus(Duration.ofDays(13)));
    }

    @Test
    void speedChangesKeepTheCurrentTime() {
        SimClock clock = new SimClock(wall, start, 1);
        wall.advance(Duration.ofSeconds(5));
        clock.setSpeed(0);
        wall.advance(Duration.ofSeconds(100));
        assertThat(clock.now()).isEqualTo(start.plusSeconds(5));
        assertThat(clock.speed()).isZero();
    }

    @Test
    void neverMovesBackwards() {
        SimClock clock = new SimClock(wall, start, 1);
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.setSpeed(-2)).isInstanceOf(IllegalArgumentException.class);
    }
}
