package dev.x3ups.x3.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.testing.MutableClock;
import dev.x3ups.x3.simulator.fault.Counters;
import dev.x3ups.x3.simulator.http.SimRequest;
import dev.x3ups.x3.simulator.http.SimResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenEndpointTest {

    private final Counters counters = new Counters();
    private final TokenService tokens = new TokenService(new AuthSettings(new Users(), List.of(),
            List.of(new OAuthClient("cloud", "cloud-secret")), Duration.ofMinutes(5), Duration.ofDays(30),
            Duration.ofMinutes(10), Duration.ofSeconds(5), new MutableClock(Instant.parse("2025-05-01T09:00:00Z"))));
    private final TokenEndpoint endpoint = new TokenEndpoint(tokens, counters, () -> "http://x3.local:8124");

    @Test
    void authoriseWithoutRedirectAnswersJson() {
        SimResponse r = endpoint.authorise(new SimRequest("GET", "/v1/token/authorise", "client_id=cloud&state=s1",
                Map.of(), ""));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("\"authorizationCode\"").contains("\"state\":\"s1\"")
                .contains("\"endpoint\":\"http://x3.local:8124\"");
        assertThat(counters.get("token.authorise")).isEqualTo(1);
        SimResponse unknown = endpoint.authorise(new SimRequest("GET", "/v1/token/authorise", "client_id=nobody",
                Map.of(), ""));
        assertThat(unknown.status()).isEqualTo(401);
    }

    @Test
    void unsupportedGrantAndSecretsNeverEchoed() {
        SimResponse r = endpoint.token(new SimRequest("POST", "/v1/token", "",
                Map.of("Content-Type", List.of("application/json")),
                "{\"grant_type\":\"password\",\"client_id\":\"cloud\",\"client_secret\":\"cloud-secret\"}"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("unsupported_grant_type").doesNotContain("cloud-secret");
        SimResponse bad = endpoint.token(new SimRequest("POST", "/v1/token", "", Map.of(),
                "grant_type=client_credentials&client_id=cloud&client_secret=guess"));
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.body()).doesNotContain("guess");
        assertThat(counters.get("token.client_credentials")).isEqualTo(1);
    }
}
