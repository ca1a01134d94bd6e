package dev.x3ups.x3.source.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesUpToTheCapAndStartsOverAfterReset() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(500));

        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.failures()).isEqualTo(4);

        backoff.reset();
        assertThat(backoff.failures()).isZero();
        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void neverOverflowsAfterManyFailures() {
        Backoff backoff = new Backoff(Duration.ofMillis(1000), Duration.ofMinutes(5));
        for (int i = 0; i < 100; i++) {
            assertThat(backoff.nextDelay()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5));
        }
    }
}
