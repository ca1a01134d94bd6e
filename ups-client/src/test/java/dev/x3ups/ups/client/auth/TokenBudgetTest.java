package dev.x3ups.ups.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBudgetTest {

    @Test
    void countsPerUtcDayAndRefusesBeyondTheBudget() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T23:59:00Z"));
        TokenBudget budget = new TokenBudget(3, clock);
        assertThat(budget.tryAcquire()).isTrue();
        assertThat(budget.tryAcquire()).isTrue();
        assertThat(budget.tryAcquire()).isTrue();
        assertThat(budget.tryAcquire()).isFalse();
        assertThat(budget.refusals()).isEqualTo(1);
        assertThat(budget.resetsAt()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));

        clock.advance(Duration.ofMinutes(2));
        assertThat(budget.usedToday()).isZero();
        assertThat(budget.tryAcquire()).isTrue();
    }
}
