package dev.x3ups.ups.client.ship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.client.FixedTokens;
import dev.x3ups.ups.client.TestConfigs;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.http.UpsHttp;
import dev.x3ups.ups.client.http.UpsTransport;
import dev.x3ups.ups.client.json.UpsJson;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VoidClientTest {
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

    private VoidClient client() {
        UpsClientConfig config = TestConfigs.forBaseUrl(server.url("/").toString()).build();
        http = UpsHttp.newClient(config);
        return new VoidClient(UpsTransport.create(config, http, new FixedTokens(), scheduler));
    }

    @Test
    void voidsAShipmentWithDelete() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("""
                {"VoidShipmentResponse":{"Response":{"ResponseStatus":{"Code":"1"}},
                 "SummaryResult":{"Status":{"Code":"1","Description":"Voided"}}}}""").build());
        VoidResult result = client().voidShipment("1ZA1B2C30300000014").get(5, TimeUnit.SECONDS);
        assertThat(result.voided()).isTrue();
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/shipments/v2409/void/cancel/1ZA1B2C30300000014");
    }

    @Test
    void voidsNamedPackagesWithTheListQuery() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("""
                {"VoidShipmentResponse":{"SummaryResult":{"Status":{"Code":"1"}},
                 "PackageLevelResults":[{"TrackingNumber":"1Z1","Status":{"Code":"1"}},{"TrackingNumber":"1Z2","Status":{"Code":"1"}}]}}""")
                .build());
        VoidResult result = client().voidPackages("1Z1", List.of("1Z1", "1Z2")).get(5, TimeUnit.SECONDS);
        assertThat(result.packageStatus()).containsOnlyKeys("1Z1", "1Z2");
        assertThat(server.takeRequest().getUrl().queryParameter("trackingnumber")).isEqualTo("[\"1Z1\",\"1Z2\"]");
    }

    @Test
    void acceptsTheSingularElementNameCieUsed() {
        VoidResult result = VoidClient.read(UpsJson.parse("""
                {"VoidShipmentResponse":{"SummaryResult":{"Status":{"Code":"1"}},
                 "PackageLevelResult":{"TrackingNumber":"1Z9","Status":{"Code":"1"}}}}"""));
        assertThat(result.packageStatus()).containsEntry("1Z9", "1");
    }

    @Test
    void outsideTheVoidWindowIsAHardError() {
        server.enqueue(new MockResponse.Builder().code(400).body("""
                {"response":{"errors":[{"code":"190102","message":"No shipment found within the allowed void period"}]}}""")
                .build());
        assertThatThrownBy(() -> client().voidShipment("1Z1").get(5, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(UpsRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(VoidClient.OUTSIDE_VOID_WINDOW));
    }
}
