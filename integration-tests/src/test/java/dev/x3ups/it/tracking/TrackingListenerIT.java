package dev.x3ups.it.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.ups.simulator.UpsSimulator;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bad-request catalogue against the listener of a running task: right answers, task still RUNNING. */
@ConnectIT
class TrackingListenerIT {
    private final HttpClient http = HttpClient.newHttpClient();

    private static String event(String trackingNumber, String gmtTime) {
        return """
                {"trackingNumber":" %s ","localActivityDate":"","localActivityTime":"",
                 "gmtActivityDate":"20261120","gmtActivityTime":"%s","gmtOffset":"",
                 "activityLocation":{"city":"","stateProvince":"","postalCode":"","country":""},
                 "activityStatus":{"type":"I","code":"OR","description":"Origin Scan","descriptionCode":5},
                 "scheduledDeliveryDate":"","actualDeliveryDate":"","actualDeliveryTime":"","deliveryPhoto":""}"""
                .formatted(trackingNumber, gmtTime);
    }

    private int post(TrackingRun run, String contentType, String credential, HttpRequest.BodyPublisher body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(run.eventsUrl())).POST(body)
                .timeout(Duration.ofSeconds(10));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (credential != null) {
            b.header("credential", credential);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void everyBadRequestGetsItsAnswerAndTheTaskKeepsRunning(ConnectCluster cluster, TestNames names) throws Exception {
        try (TrackingRun run = TrackingRun.start(cluster, names, UpsSimulator.builder())) {
            Map<String, String> shipped = run.ship(1);
            run.writeLedger(shipped, SubscriptionState.ACTIVE);
            String known = shipped.values().iterator().next();
            Map<String, String> config = run.config(false);
            config.put("listener.max.body.bytes", "4096");
            config.put("queue.capacity", "1");
            config.put("ack.mode", "received");
            config.put("ledger.wait.ms", "500");
            run.create(config);
            String good = event(known, "101500");

            assertThat(post(run, "application/json", null, HttpRequest.BodyPublishers.ofString(good))).isEqualTo(401);
            assertThat(post(run, "application/json", "wrong", HttpRequest.BodyPublishers.ofString(good)))
                    .isEqualTo(401);
            assertThat(post(run, "text/xml", TrackingRun.V1_CREDENTIAL, HttpRequest.BodyPublishers.ofString(good)))
                    .isEqualTo(415);
            String huge = "{\"trackingNumber\":\"" + known + "\",\"deliveryPhoto\":\"" + "A".repeat(10_000) + "\"}";
            assertThat(post(run, "application/json", TrackingRun.V1_CREDENTIAL,
                    HttpRequest.BodyPublishers.ofString(huge))).isEqualTo(413);
            assertThat(post(run, "application/json", TrackingRun.V1_CREDENTIAL, HttpRequest.BodyPublishers
                    .ofInputStream(() -> new ByteArrayInputStream(huge.getBytes())))).isEqualTo(413);
            assertThat(post(run, "application/json", TrackingRun.V1_CREDENTIAL,
                    HttpRequest.BodyPublishers.ofString("{\"trackingNumber\": oops"))).isEqualTo(400);
            assertThat(post(run, "application/json", TrackingRun.V1_CREDENTIAL,
                    HttpRequest.BodyPublishers.ofString(good))).isEqualTo(200);
            // the queue holds one event: the next one is taken only once poll() has drained this one
            await().atMost(Duration.ofSeconds(30)).until(() -> run.events().size() == 1);
            assertThat(post(run, "application/json", TrackingRun.V1_CREDENTIAL,
                    HttpRequest.BodyPublishers.ofString(event("1ZUNKNOWN0000000001", "101600")))).isEqualTo(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> run.events().size() == 2);
            Map<String, TrackingEvent> byNumber = new java.util.HashMap<>();
            run.events().forEach(e -> byNumber.put(e.trackingNumber(), e));
            assertThat(byNumber.get(known).orderKey()).isEqualTo(shipped.keySet().iterator().next());
            assertThat(byNumber.get("1ZUNKNOWN0000000001").orderKey()).as("unknown package recorded").isNull();

            // queue of one and no poll() while paused: the second event finds the queue full
            cluster.rest().pause(run.connector).orThrow();
            ConnectorAwait.untilState(cluster.rest(), run.connector, "PAUSED", 1);
            assertThat(post(run, "application/json", TrackingRun.V1_CREDENTIAL,
                    HttpRequest.BodyPublishers.ofString(event(known, "111500")))).isEqualTo(200);
            assertThat(post(run, "application/json", TrackingRun.V1_CREDENTIAL,
                    HttpRequest.BodyPublishers.ofString(event(known, "121500")))).isEqualTo(503);
            cluster.rest().resume(run.connector).orThrow();
            ConnectorAwait.untilRunning(cluster.rest(), run.connector, 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> run.events().size() == 3);

            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(run.baseUrl() + "/health"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            ConnectorAwait.untilRunning(cluster.rest(), run.connector, 1);
        }
    }
}
