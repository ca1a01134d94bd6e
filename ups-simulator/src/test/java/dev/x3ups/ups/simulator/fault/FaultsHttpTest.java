package dev.x3ups.ups.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import dev.x3ups.ups.simulator.support.SimulatorClient.Answer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultsHttpTest {
    private static final String SHIP = "/api/shipments/v2409/ship";
    private final UpsSimulator sim = UpsSimulator.builder().start();
    private final SimulatorClient client = new SimulatorClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void rateLimitBurstsWithAndWithoutRetryAfter() {
        client.token();
        sim.faults().set(ApiEndpoint.SHIP, FaultSpec.none().withRateLimitBurst(2, 3));
        Answer first = client.post(SHIP, ShipRequests.domestic("X3-429"));
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.errorCode()).isEqualTo("10429");
        assertThat(first.raw().headers().firstValue("Retry-After")).contains("3");
        assertThat(client.post(SHIP, ShipRequests.domestic("X3-429")).status()).isEqualTo(429);
        assertThat(client.post(SHIP, ShipRequests.domestic("X3-429")).status()).isEqualTo(200);

        sim.faults().set(ApiEndpoint.SHIP, FaultSpec.none().withRateLimitBurst(1, null));
        Answer bare = client.post(SHIP, ShipRequests.domestic("X3-429"));
        assertThat(bare.status()).isEqualTo(429);
        assertThat(bare.raw().headers().firstValue("Retry-After")).isEmpty();
        assertThat(sim.shipments().createdPerReference().get("X3-429").created()).isEqualTo(1);
        assertThat(sim.counters().count(ApiEndpoint.SHIP)).isEqualTo(4);
        assertThat(sim.counters().count(ApiEndpoint.SHIP, 429)).isEqualTo(3);
    }

    @Test
    void serverErrorsUseTheTransientCode() {
        client.token();
        sim.faults().set(ApiEndpoint.RATE, FaultSpec.none().withServerErrorRate(1.0));
        Answer a = client.post("/api/rating/v2409/Rate", ShipRequests.rate("03", "5"));
        assertThat(a.status()).isEqualTo(500);
        assertThat(a.errorCode()).isEqualTo("10004");
        sim.faults().clearAll();
        assertThat(client.post("/api/rating/v2409/Rate", ShipRequests.rate("03", "5")).status()).isEqualTo(200);
    }

    @Test
    void latencyDelaysEveryAnswer() throws Exception {
        String token = client.token();
        sim.faults().set(ApiEndpoint.RATE, FaultSpec.none().withLatency(Latency.fixed(Duration.ofMillis(300))));
        HttpClient http = HttpClient.newHttpClient();
        String body = SimulatorClient.MAPPER.writeValueAsString(ShipRequests.rate("03", "5"));
        List<CompletableFuture<Long>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long started = System.nanoTime();
            calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create(sim.apiUrl() + "/rating/v2409/Rate"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString())
                    .thenApply(r -> {
                        assertThat(r.statusCode()).isEqualTo(200);
                        return (System.nanoTime() - started) / 1_000_000;
                    }));
        }
        for (CompletableFuture<Long> c : calls) {
            assertThat(c.get()).isGreaterThanOrEqualTo(300);
        }
        // That slow answers hold no server thread is shown in ThroughputHttpTest.
    }

    @Test
    void shipTimeoutAfterProcessingCreatesTheShipmentButNeverAnswers() {
        client.token();
        sim.faults().set(ApiEndpoint.SHIP, FaultSpec.none().withTimeouts(1.0, TimeoutMode.AFTER_PROCESSING,
                Duration.ofSeconds(5)));
        assertThatThrownBy(() -> client.post(SHIP, ShipRequests.domestic("X3-AMBIGUOUS"), Duration.ofMillis(500)))
                .hasRootCauseInstanceOf(java.net.http.HttpTimeoutException.class);
        assertThat(sim.shipments().createdPerReference().get("X3-AMBIGUOUS").created()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> sim.counters().count(ApiEndpoint.SHIP, 0) == 1);
    }

    @Test
    void timeoutBeforeProcessingCreatesNothing() {
        client.token();
        sim.faults().set(ApiEndpoint.SHIP, FaultSpec.none().withTimeouts(1.0, TimeoutMode.BEFORE_PROCESSING,
                Duration.ofMillis(300)));
        assertThatThrownBy(() -> client.post(SHIP, ShipRequests.domestic("X3-NOTHING"), Duration.ofSeconds(5)))
                .isInstanceOf(RuntimeException.class);
        assertThat(sim.shipments().createdPerReference()).doesNotContainKey("X3-NOTHING");
    }

    @Test
    void lateAnswersArriveAfterTheHold() {
        client.token();
        sim.faults().set(ApiEndpoint.SHIP, FaultSpec.none().withTimeouts(1.0, TimeoutMode.ANSWER_LATE,
                Duration.ofMillis(400)));
        long started = System.nanoTime();
        Answer a = client.post(SHIP, ShipRequests.domestic("X3-SLOW"), Duration.ofSeconds(5));
        assertThat(a.status()).isEqualTo(200);
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(400);
    }
}
