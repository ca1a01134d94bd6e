package dev.x3ups.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessTokenTest {
    private static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void renewsAheadOfExpiryButNotBeforeHalfItsLife() {
        AccessToken hour = new AccessToken(Secret.of("t"), ISSUED, ISSUED.plus(Duration.ofHours(1)));
        AccessToken twoMinutes = new AccessToken(Secret.of("t"), ISSUED, ISSUED.plus(Duration.ofMinutes(2)));

        assertThat(hour.renewAt(Duration.ofMinutes(5))).isEqualTo(ISSUED.plus(Duration.ofMinutes(55)));
        assertThat(twoMinutes.renewAt(Duration.ofMinutes(5))).isEqualTo(ISSUED.plus(Duration.ofMinutes(1)));
    }

    @Test
    void usableUntilItExpires() {
        AccessToken token = new AccessToken(Secret.of("t"), ISSUED, ISSUED.plusSeconds(60));
        assertThat(token.usableAt(ISSUED.plusSeconds(59))).isTrue();
        assertThat(token.usableAt(ISSUED.plusSeconds(60))).isFalse();
    }

    @Test
    void printsWithoutItsValue() {
        AccessToken token = new AccessToken(Secret.of("eyJ-secret"), ISSUED, ISSUED.plusSeconds(60));
        assertThat(token.toString()).doesNotContain("eyJ-secret");
        assertThat(token.bearerHeader()).isEqualTo("Bearer eyJ-secret");
    }
}
