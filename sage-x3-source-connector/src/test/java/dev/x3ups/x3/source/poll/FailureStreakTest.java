package dev.x3ups.x3.source.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailureStreakTest {

    @Test
    void doublesUpToTheCapAndStartsOverAfterReset() {
        FailureStreak streak = new FailureStreak(Duration.ofMillis(100), Duration.ofMillis(500));

        assertThat(streak.nextDelay()).isEqualTo(Duration.ofMillis(100));
        assertThat(streak.nextDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(streak.nextDelay()).isEqualTo(Duration.ofMillis(400));
        assertThat(streak.nextDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(streak.failures()).isEqualTo(4);

        streak.reset();
        assertThat(streak.failures()).isZero();
        assertThat(streak.nextDelay()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void neverOverflowsAfterManyFailures() {
        FailureStreak streak = new FailureStreak(Duration.ofMillis(1000), Duration.ofMinutes(5));
        for (int i = 0; i < 100; i++) {
            assertThat(streak.nextDelay()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5));
        }
    }
}
