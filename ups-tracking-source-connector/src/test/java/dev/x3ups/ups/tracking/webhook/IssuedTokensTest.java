package dev.x3ups.ups.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IssuedTokensTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T12:00:00Z"));

    @Test
    void issuedTokensAreRandomAndValidUntilTheyExpire() {
        IssuedTokens tokens = new IssuedTokens(clock, Duration.ofMinutes(5), 10);
        String a = tokens.issue();
        String b = tokens.issue();
        assertThat(a).isNotEqualTo(b).hasSizeGreaterThanOrEqualTo(43);
        assertThat(tokens.valid(a)).isTrue();
        assertThat(tokens.valid("forged")).isFalse();
        assertThat(tokens.valid(null)).isFalse();
        clock.advance(Duration.ofMinutes(5));
        assertThat(tokens.valid(a)).isFalse();
    }

    @Test
    void keepsAtMostMaxLiveTokens() {
        IssuedTokens tokens = new IssuedTokens(clock, Duration.ofMinutes(5), 2);
        String first = tokens.issue();
        clock.advance(Duration.ofSeconds(1));
        tokens.issue();
        clock.advance(Duration.ofSeconds(1));
        String third = tokens.issue();
        assertThat(tokens.live()).isEqualTo(2);
        assertThat(tokens.valid(first)).isFalse();
        assertThat(tokens.valid(third)).isTrue();
    }
}
