package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReshipPolicyTest {
    private final ReshipPolicy policy = new ReshipPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(15));

    @Test
    void atMostMaxReshipsCallsFollowTheFirst() {
        assertThat(policy.mayReship(1)).isTrue();
        assertThat(policy.mayReship(3)).isTrue();
        assertThat(policy.mayReship(4)).isFalse();
        assertThat(new ReshipPolicy(0, Duration.ZERO, Duration.ZERO).mayReship(1)).isFalse();
    }

    @Test
    void theBackoffDoublesPerAttemptUpToTheCap() {
        assertThat(policy.backoffAfter(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.backoffAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(policy.backoffAfter(5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.backoffAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void timeAlreadySpentSinceTheLastCallIsNotWaitedAgain() {
        Instant call = Instant.parse("2026-12-07T10:00:00Z");

        assertThat(policy.remainingAfter(2, call, call.plusSeconds(30))).isEqualTo(Duration.ofSeconds(90));
        assertThat(policy.remainingAfter(2, call, call.plusSeconds(600))).isEqualTo(Duration.ZERO);
        assertThat(policy.remainingAfter(2, null, call)).isEqualTo(Duration.ofMinutes(2));
        // a call recorded in the future (clock skew between workers) never makes the wait longer
        assertThat(policy.remainingAfter(1, call.plusSeconds(300), call)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aCapBelowTheFirstBackoffIsRefused() {
        assertThatThrownBy(() -> new ReshipPolicy(1, Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReshipPolicy(-1, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
