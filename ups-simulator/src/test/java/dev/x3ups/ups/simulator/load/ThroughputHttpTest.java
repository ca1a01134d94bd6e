package dev.x3ups.ups.simulator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.alert.WebhookDestination;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import dev.x3ups.ups.simulator.fault.Latency;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import dev.x3ups.ups.simulator.support.WebhookReceiver;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards the benchmark-facing properties: slow answers hold no threads, webhooks flow in bulk. Rates
 * are logged, not asserted: the build machine is shared.
 */
class ThroughputHttpTest {
    private static final Logger LOG = LoggerFactory.getLogger(ThroughputHttpTest.class);
    // Few server threads on purpose: delayed answers must not occupy them.
    private final UpsSimulator sim = UpsSimulator.builder().clockSpeed(0).exceptionShare(0).maxThreads(16).start();
    private final SimulatorClient client = new SimulatorClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void delayedAnswersHoldNoThreads() throws Exception {
        String token = client.token();
        sim.faults().set(ApiEndpoint.SHIP, FaultSpec.none().withLatency(Latency.fixed(Duration.ofMillis(300))));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int calls = 600;
        Semaphore inFlight = new Semaphore(300);
        List<CompletableFuture<Integer>> results = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            String body = SimulatorClient.MAPPER.writeValueAsString(ShipRequests.domestic("X3-LOAD-" + i));
            inFlight.acquire();
            results.add(http.sendAsync(HttpRequest.newBuilder(URI.create(sim.apiUrl() + "/shipments/v2409/ship"))
                            .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(), HttpResponse.BodyHandlers.discarding())
                    .thenApply(HttpResponse::statusCode).whenComplete((s, e) -> inFlight.release()));
        }
        for (CompletableFuture<Integer> r : results) {
            assertThat(r.get()).isEqualTo(200);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("{} ship calls at 300 ms latency in {} s = {} /s", calls, String.format("%.1f", seconds),
                String.format("%.0f", calls / seconds));
        // With a thread held per delayed answer, 16 threads would need >= 600 × 0.3 s / 16 = 11.25 s.
        assertThat(seconds).isLessThan(11.25);
        assertThat(sim.shipments().size()).isEqualTo(calls);
    }

    @Test
    void twelveThousandWebhookEventsArriveWithoutLoss() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            sim.trackAlert().registerWebhook(SimulatorClient.CLIENT_ID, WebhookDestination.oauth(receiver.url(),
                    receiver.tokenUrl(), WebhookReceiver.CLIENT_ID, WebhookReceiver.CLIENT_SECRET));
            List<String> numbers = new ArrayList<>();
            for (int s = 0; s < 10; s++) {
                ObjectNode request = ShipRequests.domestic("X3-WH-" + s);
                for (int i = 1; i < 200; i++) {
                    ShipRequests.addPackage((ArrayNode) ShipRequests.shipment(request).get("Package"), "1", null);
                }
                client.post("/api/shipments/v2409/ship", request).json()
                        .at("/ShipmentResponse/ShipmentResults/PackageResults")
                        .forEach(p -> numbers.add(p.get("TrackingNumber").asText()));
            }
            sim.advanceClock(Duration.ofMinutes(1));
            for (int i = 0; i < numbers.size(); i += 100) {
                ObjectNode body = SimulatorClient.MAPPER.createObjectNode().put("locale", "en_US");
                ArrayNode list = body.putArray("trackingNumberList");
                numbers.subList(i, i + 100).forEach(list::add);
                assertThat(client.post("/api/track/v2/subscription/standard/package", body).status()).isEqualTo(200);
            }
            long started = System.nanoTime();
            sim.advanceClock(Duration.ofDays(10));
            int expected = numbers.size() * 6;
            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.events().size() == expected);
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.info("{} webhook events in {} s = {} /s", expected, String.format("%.1f", seconds),
                    String.format("%.0f", expected / seconds));
            assertThat(sim.trackAlert().stats().failed()).isZero();
        }
    }
}
