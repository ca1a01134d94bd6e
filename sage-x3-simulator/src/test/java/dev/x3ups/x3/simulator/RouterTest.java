package dev.x3ups.x3.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.testing.MutableClock;
import dev.x3ups.x3.simulator.auth.AuthSettings;
import dev.x3ups.x3.simulator.auth.OAuthClient;
import dev.x3ups.x3.simulator.auth.TokenEndpoint;
import dev.x3ups.x3.simulator.auth.TokenService;
import dev.x3ups.x3.simulator.auth.Users;
import dev.x3ups.x3.simulator.fault.Counters;
import dev.x3ups.x3.simulator.fault.FaultInjector;
import dev.x3ups.x3.simulator.fault.Faults;
import dev.x3ups.x3.simulator.http.SimRequest;
import dev.x3ups.x3.simulator.http.SimResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RouterTest {

    private final Faults faults = new Faults();
    private final Counters counters = new Counters();
    private final TokenService tokens = new TokenService(new AuthSettings(new Users(), List.of(),
            List.of(new OAuthClient("cloud", "s")), Duration.ofMinutes(5), Duration.ofDays(30), Duration.ofMinutes(10),
            Duration.ofSeconds(5), new MutableClock(Instant.parse("2025-01-01T00:00:00Z"))));
    private final Router router = new Router(r -> SimResponse.json(200, "api1"), r -> SimResponse.json(200, "graphql"),
            new TokenEndpoint(tokens, counters, () -> "http://x"), r -> SimResponse.json(200, "admin"),
            new FaultInjector(faults, counters, new Random(1)));

    private static SimRequest req(String method, String path) {
        return new SimRequest(method, path, "", Map.of(), "grant_type=client_credentials&client_id=cloud&client_secret=s");
    }

    @Test
    void routesBySurface() {
        assertThat(router.handle(req("GET", "/api1/x3/erp/SEED/SORDER")).body()).isEqualTo("api1");
        assertThat(router.handle(req("POST", "/xtrem/api")).body()).isEqualTo("graphql");
        assertThat(router.handle(req("POST", "/v1/service/SEED/api")).body()).isEqualTo("graphql");
        assertThat(router.handle(req("GET", "/admin/health")).body()).isEqualTo("admin");
        assertThat(router.handle(req("GET", "/v1")).body()).contains("/v1/token/authorise");
        assertThat(router.handle(req("POST", "/v1/token")).status()).isEqualTo(200);
        assertThat(router.handle(req("GET", "/elsewhere")).status()).isEqualTo(404);
    }

    @Test
    void tokenEndpointSuffersServerFaults() {
        faults.errorRate(1.0);
        assertThat(router.handle(req("POST", "/v1/token")).status()).isEqualTo(500);
        assertThat(router.handle(req("GET", "/admin/health")).status()).as("admin is never faulted").isEqualTo(200);
    }
}
