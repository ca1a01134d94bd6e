package dev.x3ups.x3.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectedAppVerifierTest {

    private static final String SECRET = "a-connected-app-secret-of-at-least-32-bytes";
    private final Instant now = Instant.parse("2025-05-01T09:00:00Z");
    private final MutableClock clock = new MutableClock(now);
    private Instant expiredBefore = Instant.MIN;
    private final AuthSettings settings = new AuthSettings(new Users(),
            List.of(new ConnectedApp("app1", SECRET, "wsuser", Duration.ofSeconds(600))), List.of(),
            Duration.ofMinutes(5), Duration.ofDays(30), Duration.ofMinutes(10), Duration.ofSeconds(5), clock);
    private final ConnectedAppVerifier verifier = new ConnectedAppVerifier(settings, () -> expiredBefore);

    private ConnectedAppVerifier.Result verify(String token) {
        return verifier.verify(token);
    }

    @Test
    void acceptsAWellFormedToken() {
        ConnectedAppVerifier.Result r = verify(Jwts.mint("app1", SECRET, "wsuser", now, now.plusSeconds(300)));
        assertThat(r.accepted()).isTrue();
        assertThat(r.user()).isEqualTo("wsuser");
    }

    @Test
    void refusesExpiredTokens() {
        String token = Jwts.mint("app1", SECRET, "wsuser", now, now.plusSeconds(300));
        clock.advance(Duration.ofSeconds(300));
        assertThat(verify(token).refusal()).isEqualTo("token expired");
    }

    @Test
    void refusesTokensIssuedInTheFutureBeyondTheSkew() {
        assertThat(verify(Jwts.mint("app1", SECRET, "wsuser", now.plusSeconds(4), now.plusSeconds(300))).accepted())
                .isTrue();
        assertThat(verify(Jwts.mint("app1", SECRET, "wsuser", now.plusSeconds(30), now.plusSeconds(300))).refusal())
                .isEqualTo("token issued in the future");
    }

    @Test
    void refusesLifetimesOverTheAppValidity() {
        assertThat(verify(Jwts.mint("app1", SECRET, "wsuser", now, now.plusSeconds(601))).refusal())
                .contains("validity");
    }

    @Test
    void refusesWrongSecretUnknownIssuerAndOtherUsers() {
        assertThat(verify(Jwts.mint("app1", SECRET + "x", "wsuser", now, now.plusSeconds(60))).refusal())
                .isEqualTo("bad token signature");
        assertThat(verify(Jwts.mint("app2", SECRET, "wsuser", now, now.plusSeconds(60))).refusal())
                .isEqualTo("unknown connected application");
        assertThat(verify(Jwts.mint("app1", SECRET, "admin", now, now.plusSeconds(60))).accepted()).isFalse();
        assertThat(verify("not-a-jwt").accepted()).isFalse();
    }

    @Test
    void refusesTokensMintedBeforeAnExpireAllFault() {
        String token = Jwts.mint("app1", SECRET, "wsuser", now, now.plusSeconds(300));
        clock.advance(Duration.ofSeconds(10));
        expiredBefore = clock.instant();
        assertThat(verify(token).accepted()).isFalse();
        assertThat(verify(Jwts.mint("app1", SECRET, "wsuser", clock.instant(), clock.instant().plusSeconds(300)))
                .accepted()).isTrue();
    }
}
