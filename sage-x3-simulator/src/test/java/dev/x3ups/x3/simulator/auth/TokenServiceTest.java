package dev.x3ups.x3.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T09:00:00Z"));
    private final TokenService tokens = new TokenService(new AuthSettings(new Users(), List.of(),
            List.of(new OAuthClient("cloud", "cloud-secret")), Duration.ofMinutes(5), Duration.ofDays(30),
            Duration.ofMinutes(10), Duration.ofSeconds(5), clock));

    @Test
    void authorizationCodeIsSingleUseAndYieldsFiveMinuteTokens() {
        String code = tokens.issueAuthorizationCode("cloud", null);
        IssuedTokens t = tokens.exchangeCode(code, "cloud", "cloud-secret");
        assertThat(t.expiresIn()).isEqualTo(300);
        assertThat(t.refreshExpiresIn()).isEqualTo(Duration.ofDays(30).toSeconds());
        assertThat(tokens.verifyAccessToken(t.accessToken())).isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(tokens.verifyAccessToken(t.accessToken())).isFalse();
        assertThatThrownBy(() -> tokens.exchangeCode(code, "cloud", "cloud-secret"))
                .isInstanceOf(TokenException.class).hasMessageContaining("authorization code");
    }

    @Test
    void refreshTokensRotate() {
        IssuedTokens first = tokens.exchangeCode(tokens.issueAuthorizationCode("cloud", null), "cloud", "cloud-secret");
        IssuedTokens second = tokens.refresh(first.refreshToken(), "cloud", "cloud-secret");
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(tokens.verifyAccessToken(second.accessToken())).isTrue();
        IssuedTokens third = tokens.refresh(second.refreshToken(), "cloud", "cloud-secret");
        assertThat(third.accessToken()).isNotEmpty();
        assertThat(tokens.reusedRefreshTokens()).isZero();
    }

    @Test
    void spendingARefreshTokenTwiceRevokesItsWholeChain() {
        IssuedTokens first = tokens.exchangeCode(tokens.issueAuthorizationCode("cloud", null), "cloud", "cloud-secret");
        IssuedTokens other = tokens.exchangeCode(tokens.issueAuthorizationCode("cloud", null), "cloud", "cloud-secret");
        IssuedTokens second = tokens.refresh(first.refreshToken(), "cloud", "cloud-secret");

        assertThatThrownBy(() -> tokens.refresh(first.refreshToken(), "cloud", "cloud-secret"))
                .isInstanceOfSatisfying(TokenException.class, e -> assertThat(e.error()).isEqualTo("invalid_grant"));
        assertThat(tokens.reusedRefreshTokens()).isEqualTo(1);
        assertThatThrownBy(() -> tokens.refresh(second.refreshToken(), "cloud", "cloud-secret"))
                .as("the reuse locked the chain out").isInstanceOf(TokenException.class);
        assertThat(tokens.refresh(other.refreshToken(), "cloud", "cloud-secret").accessToken())
                .as("another pairing is not affected").isNotEmpty();
    }

    @Test
    void refreshTokensExpireAfterTheirLifetime() {
        IssuedTokens t = tokens.exchangeCode(tokens.issueAuthorizationCode("cloud", null), "cloud", "cloud-secret");
        clock.advance(Duration.ofDays(30).plusSeconds(1));
        assertThatThrownBy(() -> tokens.refresh(t.refreshToken(), "cloud", "cloud-secret"))
                .isInstanceOf(TokenException.class);
    }

    @Test
    void clientCredentialsNeedTheRightSecretAndGiveNoRefreshToken() {
        IssuedTokens t = tokens.clientCredentials("cloud", "cloud-secret");
        assertThat(t.refreshToken()).isNull();
        assertThatThrownBy(() -> tokens.clientCredentials("cloud", "nope"))
                .isInstanceOfSatisfying(TokenException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage()).doesNotContain("nope");
                });
        assertThatThrownBy(() -> tokens.clientCredentials("other", "cloud-secret")).isInstanceOf(TokenException.class);
    }

    @Test
    void expireAllInvalidatesAccessTokensButNotRefreshTokens() {
        IssuedTokens t = tokens.exchangeCode(tokens.issueAuthorizationCode("cloud", null), "cloud", "cloud-secret");
        tokens.expireAllAccessTokens();
        assertThat(tokens.verifyAccessToken(t.accessToken())).isFalse();
        clock.advance(Duration.ofSeconds(1));
        IssuedTokens renewed = tokens.refresh(t.refreshToken(), "cloud", "cloud-secret");
        assertThat(tokens.verifyAccessToken(renewed.accessToken())).isTrue();
    }

    @Test
    void toStringsHideSecrets() {
        IssuedTokens t = tokens.clientCredentials("cloud", "cloud-secret");
        assertThat(t.toString()).doesNotContain(t.accessToken());
        assertThat(new OAuthClient("cloud", "cloud-secret").toString()).doesNotContain("cloud-secret");
        assertThat(new ConnectedApp("a", "app-secret", "u", Duration.ofSeconds(1)).toString()).doesNotContain("app-secret");
    }
}
