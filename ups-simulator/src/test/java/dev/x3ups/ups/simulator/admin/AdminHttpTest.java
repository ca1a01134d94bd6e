package dev.x3ups.ups.simulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.alert.WebhookDestination;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import dev.x3ups.ups.simulator.support.SimulatorClient.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminHttpTest {
    private final UpsSimulator sim = UpsSimulator.builder().clockSpeed(0).start();
    private final SimulatorClient client = new SimulatorClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void faultsAreSwitchedOverHttp() {
        Answer set = client.admin("PUT", "/admin/faults/ship", Map.of("rateLimitBurst", 1, "retryAfterSeconds", 4));
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().at("/SHIP/rateLimitBurst").asInt()).isEqualTo(1);
        Answer limited = client.post("/api/shipments/v2409/ship", ShipRequests.domestic("X3-A"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.raw().headers().firstValue("Retry-After")).contains("4");
        assertThat(client.admin("DELETE", "/admin/faults", null).status()).isEqualTo(204);
        assertThat(sim.faults().snapshot()).isEmpty();
        assertThat(client.admin("PUT", "/admin/faults/nothing", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void countersAndDuplicateDetectorAreReadable() {
        client.post("/api/shipments/v2409/ship", ShipRequests.domestic("X3-B"));
        client.post("/api/shipments/v2409/ship", ShipRequests.domestic("X3-B"));
        Answer counters = client.admin("GET", "/admin/counters", null);
        assertThat(counters.json().at("/SHIP/total").asLong()).isEqualTo(2);
        assertThat(counters.json().at("/SHIP/byStatus/200").asLong()).isEqualTo(2);
        assertThat(counters.json().at("/TOKEN/total").asLong()).isEqualTo(1);
        Answer refs = client.admin("GET", "/admin/shipments/references", null);
        assertThat(refs.json().at("/X3-B/created").asInt()).isEqualTo(2);
        assertThat(refs.json().at("/X3-B/live").asInt()).isEqualTo(2);
        assertThat(client.admin("GET", "/admin/shipments?reference=X3-B", null).json()).hasSize(2);
        client.admin("POST", "/admin/counters/reset", null);
        assertThat(sim.counters().count(ApiEndpoint.SHIP)).isZero();
    }

    @Test
    void clockAdvancesAndWebhooksRegisterOverHttp() {
        Instant before = sim.clock().now();
        Answer advanced = client.admin("POST", "/admin/clock/advance", Map.of("duration", "P13D"));
        assertThat(Instant.parse(advanced.json().get("now").asText())).isEqualTo(before.plus(Duration.ofDays(13)));
        client.admin("PUT", "/admin/clock/speed", Map.of("speed", 60));
        assertThat(sim.clock().speed()).isEqualTo(60.0);
        client.admin("PUT", "/admin/trackalert/webhooks/sim-client-id", Map.of("url", "http://127.0.0.1:1/events",
                "tokenUrl", "http://127.0.0.1:1/token", "clientId", "rid", "clientSecret", "top-secret"));
        WebhookDestination d = sim.trackAlert().webhook("sim-client-id").orElseThrow();
        assertThat(d.clientId()).isEqualTo("rid");
        assertThat(d.toString()).doesNotContain("top-secret");
        client.admin("PUT", "/admin/trackalert/behaviour", Map.of("dropRate", 0.5));
        assertThat(sim.trackAlert().behaviour().dropRate()).isEqualTo(0.5);
        assertThat(client.admin("GET", "/admin/trackalert/stats", null).json().has("delivered")).isTrue();
    }

    @Test
    void tokensCanBeExpiredOverHttp() {
        client.token();
        assertThat(client.admin("POST", "/admin/tokens/expire", null).status()).isEqualTo(204);
        assertThat(client.get("/api/track/v1/details/1Z999AA10123456784").status()).isEqualTo(401);
    }
}
