package dev.x3ups.x3.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.client.AccessToken;
import dev.x3ups.client.Secret;
import dev.x3ups.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class BasicAndBearerAuthenticatorTest {
    private final Request request = new Request.Builder().url("http://x3/api1/x3/erp/SEED/SORDER").build();

    @Test
    void basicSendsUserAndPasswordAndNeverRetries() {
        BasicAuthenticator basic = new BasicAuthenticator("wsconnector", Secret.of("Connector#2025"));

        Request authorized = basic.authorize(request);

        assertThat(authorized.header("Authorization")).isEqualTo("Basic d3Njb25uZWN0b3I6Q29ubmVjdG9yIzIwMjU=");
        assertThat(basic.renewAfterRefusal(authorized)).isFalse();
        assertThat(basic.toString()).doesNotContain("Connector#2025");
    }

    @Test
    void bearerSendsTheCachedTokenAndDropsItWhenRefused() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:00:00Z"));
        AtomicInteger n = new AtomicInteger();
        BearerAuthenticator bearer = new BearerAuthenticator(new TokenCache(() -> new AccessToken(
                Secret.of("t" + n.incrementAndGet()), clock.instant(), clock.instant().plusSeconds(300)),
                clock, Duration.ofSeconds(30)));

        Request first = bearer.authorize(request);
        assertThat(first.header("Authorization")).isEqualTo("Bearer t1");
        assertThat(bearer.authorize(request).header("Authorization")).isEqualTo("Bearer t1");

        assertThat(bearer.renewAfterRefusal(first)).isTrue();
        assertThat(bearer.authorize(request).header("Authorization")).isEqualTo("Bearer t2");
    }
}
