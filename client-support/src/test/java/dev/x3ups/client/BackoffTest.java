package dev.x3ups.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void growsExponentiallyWithinJitterBoundsAndIsCapped() {
        Backoff low = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), () -> 0.0);
        Backoff high = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), () -> 0.999999);
        assertThat(low.delay(1)).isEqualTo(Duration.ofMillis(50));
        assertThat(high.delay(1)).isBetween(Duration.ofMillis(99), Duration.ofMillis(100));
        assertThat(low.delay(3)).isEqualTo(Duration.ofMillis(200));
        assertThat(high.delay(3)).isBetween(Duration.ofMillis(399), Duration.ofMillis(400));
        assertThat(high.delay(10)).isBetween(Duration.ofMillis(999), Duration.ofSeconds(1));
        assertThat(low.delay(60)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void realJitterStaysWithinBounds() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(10));
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.delay(2)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        }
    }

    @Test
    void ceilingDoublesUpToTheCapAndNeverOverflows() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(500));
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.ceiling(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.ceiling(4)).isEqualTo(Duration.ofMillis(500));
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5)).ceiling(1000)).isEqualTo(Duration.ofMinutes(5));
    }
}
