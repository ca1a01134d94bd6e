package dev.x3ups.ups.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IssuedTokensTest {
    private Instant now = Instant.parse("2026-11-27T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void issuedTokensAreRandomAndValidUntilTheyExpire() {
        IssuedTokens tokens = new IssuedTokens(clock, Duration.ofMinutes(5), 10);
        String a = tokens.issue();
        String b = tokens.issue();
        assertThat(a).isNotEqualTo(b).hasSizeGreaterThanOrEqualTo(43);
        assertThat(tokens.valid(a)).isTrue();
        assertThat(tokens.valid("forged")).isFalse();
        assertThat(tokens.valid(null)).isFalse();
        now = now.plus(Duration.ofMinutes(5));
        assertThat(tokens.valid(a)).isFalse();
    }

    @Test
    void keepsAtMostMaxLiveTokens() {
        IssuedTokens tokens = new IssuedTokens(clock, Duration.ofMinutes(5), 2);
        String first = tokens.issue();
        now = now.plusSeconds(1);
        tokens.issue();
        now = now.plusSeconds(1);
        String third = tokens.issue();
        assertThat(tokens.live()).isEqualTo(2);
        assertThat(tokens.valid(first)).isFalse();
        assertThat(tokens.valid(third)).isTrue();
    }
}
