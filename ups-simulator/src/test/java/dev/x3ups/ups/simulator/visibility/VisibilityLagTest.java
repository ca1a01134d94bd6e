package dev.x3ups.ups.simulator.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VisibilityLagTest {
    private final MutableClock wall = new MutableClock(Instant.parse("2026-07-01T10:00:00Z"));
    private final VisibilityLag lag = new VisibilityLag(wall);

    @Test
    void zeroByDefaultThenPerChannel() {
        Instant committed = wall.instant();
        for (LookupChannel c : LookupChannel.values()) {
            assertThat(lag.visible(c, committed)).isTrue();
        }
        lag.set(LookupChannel.QUANTUM_VIEW, Duration.ofSeconds(90));
        assertThat(lag.visible(LookupChannel.QUANTUM_VIEW, committed)).isFalse();
        assertThat(lag.visible(LookupChannel.TRACK_BY_REFERENCE, committed)).isTrue();
        wall.advance(Duration.ofSeconds(89));
        assertThat(lag.visible(LookupChannel.QUANTUM_VIEW, committed)).isFalse();
        wall.advance(Duration.ofSeconds(1));
        assertThat(lag.visible(LookupChannel.QUANTUM_VIEW, committed)).as("visible exactly at the lag").isTrue();
        assertThat(lag.snapshot()).containsEntry(LookupChannel.QUANTUM_VIEW, Duration.ofSeconds(90))
                .containsEntry(LookupChannel.LABEL_RECOVERY, Duration.ZERO);
        lag.clear();
        assertThat(lag.get(LookupChannel.QUANTUM_VIEW)).isZero();
        assertThatThrownBy(() -> lag.set(LookupChannel.QUANTUM_VIEW, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
