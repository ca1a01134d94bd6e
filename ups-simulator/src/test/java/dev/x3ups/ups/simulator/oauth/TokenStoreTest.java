package dev.x3ups.ups.simulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenStoreTest {
    private final MutableClock wall = new MutableClock(Instant.parse("2026-07-01T23:00:00Z"));
    private final TokenStore store = new TokenStore(wall, 3600, 2);

    @Test
    void tokensExpireAfterTheirLifetime() {
        String token = store.issue("id", null).getKey();
        assertThat(store.validate(token)).map(TokenStore.IssuedToken::clientId).contains("id");
        wall.advance(Duration.ofSeconds(3599));
        assertThat(store.validate(token)).isPresent();
        wall.advance(Duration.ofSeconds(1));
        assertThat(store.validate(token)).isEmpty();
        assertThat(store.validate("made-up")).isEmpty();
        assertThat(store.validate(null)).isEmpty();
    }

    @Test
    void quotaIsPerClientAndPerUtcDay() {
        assertThat(store.tryConsumeQuota("a")).isTrue();
        assertThat(store.tryConsumeQuota("a")).isTrue();
        assertThat(store.tryConsumeQuota("a")).isFalse();
        assertThat(store.tryConsumeQuota("b")).isTrue();
        wall.advance(Duration.ofSeconds(3600));
        assertThat(store.tryConsumeQuota("a")).as("a new UTC day").isTrue();
        assertThat(store.requestsToday("a")).isEqualTo(1);
    }

    @Test
    void issuedTokensAreUniqueAndCanBeRevokedTogether() {
        String a = store.issue("id", "123456").getKey();
        String b = store.issue("id", "123456").getKey();
        assertThat(a).isNotEqualTo(b).hasSizeGreaterThan(40);
        store.expireAll();
        assertThat(store.validate(a)).isEmpty();
        assertThat(store.liveTokens()).isZero();
    }
}
