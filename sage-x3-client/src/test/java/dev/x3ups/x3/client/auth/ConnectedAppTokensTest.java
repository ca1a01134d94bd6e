package dev.x3ups.x3.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.x3ups.client.AccessToken;
import dev.x3ups.client.Secret;
import dev.x3ups.testing.MutableClock;
import dev.x3ups.x3.client.X3AuthenticationException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConnectedAppTokensTest {
    private static final String SECRET = "x3ups-connected-app-secret-0123456789abcdef";
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:00:00.750Z"));

    @Test
    void mintsAnHs256TokenWithTheConnectedAppClaims() throws Exception {
        ConnectedAppTokens tokens = new ConnectedAppTokens(new ConnectedAppCredentials(
                "x3ups-connector", Secret.of(SECRET), "wsconnector", "xtrem", Duration.ofSeconds(300)), clock);

        AccessToken token = tokens.fetch();
        SignedJWT jwt = SignedJWT.parse(token.value().reveal());

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.verify(new MACVerifier(SECRET))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("x3ups-connector");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("wsconnector");
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("xtrem");
        // iat rounded down: a token "issued in the future" is rejected by X3
        assertThat(jwt.getJWTClaimsSet().getIssueTime().toInstant()).isEqualTo("2025-01-15T10:00:00Z");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo("2025-01-15T10:05:00Z");
        assertThat(token.expiresAt()).isEqualTo("2025-01-15T10:05:00Z");
    }

    @Test
    void omitsAnEmptyAudienceAndMintsAFreshTokenEachTime() throws Exception {
        ConnectedAppTokens tokens = new ConnectedAppTokens(
                new ConnectedAppCredentials("app", Secret.of(SECRET), "ws", "", null), clock);

        AccessToken first = tokens.fetch();
        clock.advance(Duration.ofSeconds(10));
        AccessToken second = tokens.fetch();

        assertThat(SignedJWT.parse(first.value().reveal()).getJWTClaimsSet().getAudience()).isEmpty();
        assertThat(second.value()).isNotEqualTo(first.value());
        assertThat(Duration.between(second.issuedAt(), second.expiresAt()))
                .isEqualTo(ConnectedAppCredentials.DEFAULT_LIFETIME);
    }

    @Test
    void aTooShortSecretIsRefusedWithoutShowingIt() {
        ConnectedAppTokens tokens = new ConnectedAppTokens(
                new ConnectedAppCredentials("app", Secret.of("short-secret"), "ws", null, null), clock);

        assertThatThrownBy(tokens::fetch)
                .isInstanceOf(X3AuthenticationException.class)
                .hasMessageContaining("at least 32 bytes")
                .hasMessageNotContaining("short-secret");
    }
}
