package dev.x3ups.x3.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.testing.MutableClock;
import dev.x3ups.x3.simulator.http.SimRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {

    private static final String SECRET = "a-connected-app-secret-of-at-least-32-bytes";
    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T09:00:00Z"));
    private final Users users = new Users().add("wsuser", "p@ss:word");
    private final AuthSettings settings = new AuthSettings(users,
            List.of(new ConnectedApp("app1", SECRET, "wsuser", Duration.ofSeconds(600))),
            List.of(new OAuthClient("cloud", "cloud-secret")), Duration.ofMinutes(5), Duration.ofDays(30),
            Duration.ofMinutes(10), Duration.ofSeconds(5), clock);
    private final TokenService tokens = new TokenService(settings);
    private final Authenticator authenticator = new Authenticator(users, tokens,
            new ConnectedAppVerifier(settings, tokens::expiredBefore));

    private static SimRequest with(String authorization) {
        return new SimRequest("GET", "/", "", authorization == null ? Map.of()
                : Map.of("Authorization", List.of(authorization)), "");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicOnlyWhereAllowed() {
        assertThat(authenticator.authenticate(with(basic("wsuser", "p@ss:word")), true)).contains("wsuser");
        assertThat(authenticator.authenticate(with(basic("wsuser", "p@ss:word")), false)).isEmpty();
        assertThat(authenticator.authenticate(with(basic("wsuser", "nope")), true)).isEmpty();
        assertThat(authenticator.authenticate(with("Basic !!!"), true)).isEmpty();
        assertThat(authenticator.authenticate(with(null), true)).isEmpty();
    }

    @Test
    void bearerAcceptsGatewayTokensAndConnectedAppJwts() {
        String access = tokens.clientCredentials("cloud", "cloud-secret").accessToken();
        assertThat(authenticator.authenticate(with("Bearer " + access), false)).isPresent();
        Instant now = clock.instant();
        assertThat(authenticator.authenticate(with("Bearer " + Jwts.mint("app1", SECRET, "wsuser", now,
                now.plusSeconds(60))), false)).contains("wsuser");
        assertThat(authenticator.authenticate(with("Bearer garbage"), false)).isEmpty();
        assertThat(authenticator.authenticate(with("Digest x"), true)).isEmpty();
        assertThat(users.toString()).doesNotContain("p@ss");
    }
}
