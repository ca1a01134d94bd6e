package dev.x3ups.ups.client.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.FixedTokens;
import dev.x3ups.ups.client.TestConfigs;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.http.UpsHttp;
import dev.x3ups.ups.client.http.UpsTransport;
import dev.x3ups.ups.client.json.UpsJson;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrackAlertClientTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private HttpClient http;

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        if (http != null) {
            UpsHttp.shutdown(http);
        }
    }

    private TrackAlertClient client() {
        UpsClientConfig config = TestConfigs.forBaseUrl(server.url("/").toString()).build();
        http = UpsHttp.newClient(config);
        return new TrackAlertClient(UpsTransport.create(config, http, new FixedTokens(), scheduler),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void splitsIntoCallsOfAHundredAndMergesTheirResults() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                var body = UpsJson.object();
                var valid = body.putArray("validTrackingNumbers");
                var invalid = body.putArray("invalidTrackingNumbers");
                UpsJson.parse(request.getBody().utf8()).path("trackingNumberList")
                        .forEach(n -> (n.asText().endsWith("7") ? invalid : valid).add(n.asText()));
                return new MockResponse.Builder().code(200).body(UpsJson.write(body)).build();
            }
        });
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            numbers.add(String.format("1ZA1B2C303%08d", i));
        }
        SubscriptionResult result = client().subscribe(numbers, SubscriptionType.STANDARD).get(10, TimeUnit.SECONDS);

        assertThat(server.getRequestCount()).isEqualTo(3);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RecordedRequest request = server.takeRequest();
            assertThat(request.getUrl().encodedPath()).isEqualTo("/api/track/v2/subscription/standard/package");
            sizes.add(UpsJson.parse(request.getBody().utf8()).path("trackingNumberList").size());
        }
        assertThat(sizes).containsExactlyInAnyOrder(100, 100, 50);
        assertThat(result.valid().size() + result.invalid().size()).isEqualTo(250);
        assertThat(result.invalid()).allMatch(n -> n.endsWith("7")).hasSize(25);
        assertThat(result.expiresAt()).isEqualTo(Instant.parse("2026-12-11T10:00:00Z"));
    }

    @Test
    void allInvalid400IsAResult() throws Exception {
        server.enqueue(new MockResponse.Builder().code(400).body("""
                {"invalidTrackingNumbers":["1ZA1B2C30300000001"],
                 "response":{"errors":[{"code":"VSS210","message":"No valid tracking number"}]}}""").build());
        SubscriptionResult result = client().subscribe(List.of("1ZA1B2C30300000001"), SubscriptionType.ENHANCED)
                .get(10, TimeUnit.SECONDS);
        assertThat(result.valid()).isEmpty();
        assertThat(result.invalid()).containsExactly("1ZA1B2C30300000001");
        assertThat(server.takeRequest().getUrl().encodedPath()).contains("/enhanced/");
    }

    @Test
    void nothingToSubscribeMakesNoCall() throws Exception {
        assertThat(client().subscribe(List.of(), SubscriptionType.STANDARD).get().valid()).isEmpty();
        assertThat(server.getRequestCount()).isZero();
    }
}
