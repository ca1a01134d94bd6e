package dev.x3ups.ups.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;

class BearerAuthenticatorTest {
    private final IssuedTokens tokens = new IssuedTokens(Clock.systemUTC(), Duration.ofMinutes(10), 100);
    private final BearerAuthenticator auth = new BearerAuthenticator(
            new TokenEndpoint("ups-caller", "secret", tokens), "ups-caller");

    private static HttpFields headers(String authorization, String apiKey) {
        HttpFields.Mutable h = HttpFields.build();
        if (authorization != null) {
            h.put("Authorization", authorization);
        }
        if (apiKey != null) {
            h.put("x-api-key", apiKey);
        }
        return h;
    }

    @Test
    void needsAnIssuedTokenAndTheClientIdAsApiKey() {
        String token = tokens.issue();
        assertThat(auth.accepts(headers("Bearer " + token, "ups-caller"))).isTrue();
        assertThat(auth.accepts(headers("bearer " + token, "ups-caller"))).isTrue();
        assertThat(auth.accepts(headers("Bearer " + token, "someone-else"))).isFalse();
        assertThat(auth.accepts(headers("Bearer " + token, null))).isFalse();
        assertThat(auth.accepts(headers("Bearer forged", "ups-caller"))).isFalse();
        assertThat(auth.accepts(headers(null, "ups-caller"))).isFalse();
        assertThat(auth.tokenEndpoint()).isNotNull();
    }
}
