package dev.x3ups.x3.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.client.Secret;
import dev.x3ups.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefreshTokenWarningsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final List<String> warnings = new ArrayList<>();
    private final RefreshTokenWarnings watch = new RefreshTokenWarnings(clock, Duration.ofDays(7), warnings::add);
    private final StoredRefreshToken token =
            new StoredRefreshToken(Secret.of("rt-secret"), Instant.parse("2025-01-31T00:00:00Z"), "p");

    @Test
    void warnsOnlyInsideTheWindowAndAtMostDaily() {
        watch.checkExpiry(token);
        clock.advance(Duration.ofDays(22)); // 8 days left
        watch.checkExpiry(token);
        assertThat(warnings).isEmpty();

        clock.advance(Duration.ofDays(1)); // 7 days left
        watch.checkExpiry(token);
        clock.advance(Duration.ofHours(23));
        watch.checkExpiry(token);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("2025-01-31T00:00:00Z").contains("7 days").doesNotContain("rt-secret");

        clock.advance(Duration.ofHours(1));
        watch.checkExpiry(token);
        assertThat(warnings).hasSize(2);
    }

    @Test
    void warnsRightAwayWhenTheTokenCannotBeKeptAndRepeatsDaily() {
        watch.notPersisted(token, "memory", "the store keeps it in memory only");
        watch.notPersisted(token, "memory", "the store keeps it in memory only");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("memory").contains("paired again").doesNotContain("rt-secret");

        clock.advance(Duration.ofDays(1));
        watch.notPersisted(token, "memory", "the store keeps it in memory only");
        assertThat(warnings).hasSize(2);
    }

    @Test
    void saysSoWhenTheTokenHasAlreadyExpired() {
        clock.advance(Duration.ofDays(31));
        watch.checkExpiry(token);
        assertThat(warnings).singleElement().asString().contains("expired at 2025-01-31T00:00:00Z");
    }
}
