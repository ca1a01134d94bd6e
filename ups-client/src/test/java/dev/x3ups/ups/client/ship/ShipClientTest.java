package dev.x3ups.ups.client.ship;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.FixedTokens;
import dev.x3ups.ups.client.TestConfigs;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.http.UpsHttp;
import dev.x3ups.ups.client.http.UpsTransport;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShipClientTest {
    private static final String CREATED = """
            {"ShipmentResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
             "ShipmentResults":{"ShipmentIdentificationNumber":"1ZA1B2C30300000014",
               "ShipmentCharges":{"TotalCharges":{"CurrencyCode":"USD","MonetaryValue":"9.99"}},
               "PackageResults":[{"TrackingNumber":"1ZA1B2C30300000014","ShippingLabel":{"ImageFormat":{"Code":"GIF"},"GraphicImage":"R0lG"}}]}}}""";

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

    private ShipClient client(UpsClientConfig.Builder builder) {
        UpsClientConfig config = builder.build();
        http = UpsHttp.newClient(config);
        return new ShipClient(UpsTransport.create(config, http, new FixedTokens(), scheduler));
    }

    private ShipClient client() {
        return client(TestConfigs.forBaseUrl(server.url("/").toString()));
    }

    private ShipOutcome ship(ShipClient client) throws Exception {
        return client.ship(Shipments.domesticUs("X3:SALES:SO1").build()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void createdCarriesIdTrackingNumbersAndCharges() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(CREATED).build());
        ShipOutcome outcome = ship(client());
        assertThat(outcome).isInstanceOfSatisfying(ShipOutcome.Created.class, created -> {
            assertThat(created.shipmentId()).isEqualTo("1ZA1B2C30300000014");
            assertThat(created.trackingNumbers()).containsExactly("1ZA1B2C30300000014");
            assertThat(created.billedCharges().amount()).isEqualByComparingTo("9.99");
        });
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/shipments/v2409/ship");
    }

    @Test
    void validationErrorIsRejectedWithUpsCodeAndMessage() throws Exception {
        server.enqueue(new MockResponse.Builder().code(400).body("""
                {"response":{"errors":[{"code":"120541","message":"Shipment/ReferenceNumber is not allowed for this shipment"}]}}""")
                .build());
        ShipOutcome outcome = ship(client());
        assertThat(outcome).isEqualTo(new ShipOutcome.Rejected(400, "120541",
                "Shipment/ReferenceNumber is not allowed for this shipment",
                ((ShipOutcome.Rejected) outcome).errors()));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void timeoutAfterSendingIsAmbiguousAndNeverRetried() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        server.enqueue(new MockResponse.Builder().code(200).body(CREATED).build());
        ShipOutcome outcome = ship(client(TestConfigs.forBaseUrl(server.url("/").toString())
                .readTimeout(Duration.ofMillis(300))));
        assertThat(outcome).isInstanceOf(ShipOutcome.Ambiguous.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void connectionDroppedAfterSendingIsAmbiguous() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        assertThat(ship(client())).isInstanceOf(ShipOutcome.Ambiguous.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void rateLimitAnsweredWithoutCreatingIsRetriedThenCreated() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "0")
                .body("{\"response\":{\"errors\":[{\"code\":\"10429\",\"message\":\"Too Many Requests\"}]}}").build());
        server.enqueue(new MockResponse.Builder().code(503).body("").build());
        server.enqueue(new MockResponse.Builder().code(200).body(CREATED).build());
        assertThat(ship(client())).isInstanceOf(ShipOutcome.Created.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void persistentRateLimitIsUnavailableNotRejected() throws Exception {
        for (int i = 0; i < 50; i++) {
            server.enqueue(new MockResponse.Builder().code(429)
                    .body("{\"response\":{\"errors\":[{\"code\":\"10429\",\"message\":\"Too Many Requests\"}]}}").build());
        }
        ShipOutcome outcome = ship(client(TestConfigs.forBaseUrl(server.url("/").toString())
                .retryDeadline(Duration.ofMillis(300))));
        assertThat(outcome).isInstanceOfSatisfying(ShipOutcome.Unavailable.class,
                u -> assertThat(u.code()).isEqualTo("10429"));
    }

    @Test
    void serverErrorOnShipIsAmbiguous() throws Exception {
        server.enqueue(new MockResponse.Builder().code(500)
                .body("{\"response\":{\"errors\":[{\"code\":\"10004\",\"message\":\"Something went wrong\"}]}}").build());
        assertThat(ship(client())).isInstanceOf(ShipOutcome.Ambiguous.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
