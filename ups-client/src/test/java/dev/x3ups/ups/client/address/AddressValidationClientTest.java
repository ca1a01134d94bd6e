package dev.x3ups.ups.client.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.client.FixedTokens;
import dev.x3ups.ups.client.TestConfigs;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.UpsClients;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.http.UpsHttp;
import dev.x3ups.ups.client.http.UpsTransport;
import dev.x3ups.ups.client.json.UpsJson;
import dev.x3ups.ups.client.ship.Address;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AddressValidationClientTest {
    private static final Address ALISO_VIEJO = new Address(List.of("26601 Aliso Creek Road"), "Aliso Viejo", "CA",
            "92656", "US", false);
    private static final String VALID = """
            {"XAVResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
              "ValidAddressIndicator":"","AddressClassification":{"Code":"1","Description":"Commercial"},
              "Candidate":[{"AddressKeyFormat":{"AddressLine":["26601 ALISO CREEK RD"],"PoliticalDivision2":"ALISO VIEJO",
                "PoliticalDivision1":"CA","PostcodePrimaryLow":"92656","PostcodeExtendedLow":"3010","CountryCode":"US"}}]}}""";

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

    private UpsTransport transport(UpsClientConfig config) {
        http = UpsHttp.newClient(config);
        return UpsTransport.create(config, http, new FixedTokens(), scheduler);
    }

    private UpsTransport transport() {
        return transport(TestConfigs.forBaseUrl(server.url("/").toString()).build());
    }

    private static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void validatePostsOptionThreeWithTheCandidateLimitThroughTheTransport() throws Exception {
        server.enqueue(ok(VALID));
        UpsTransport transport = transport();
        AddressCheck check = new AddressValidationClient(transport).validate(ALISO_VIEJO).get(10, TimeUnit.SECONDS);

        assertThat(check.valid()).isTrue();
        assertThat(check.match().orElseThrow().zipPlus4()).isEqualTo("92656-3010");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/addressvalidation/v2/3");
        assertThat(request.getUrl().queryParameter("maximumcandidatelistsize"))
                .isEqualTo(Integer.toString(AddressValidationClient.DEFAULT_MAX_CANDIDATES));
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        assertThat(UpsJson.parse(request.getBody().utf8()).path("XAVRequest").path("AddressKeyFormat")
                .path("PoliticalDivision2").asText()).isEqualTo("Aliso Viejo");
        assertThat(transport.metrics().calls()).as("counted like every UPS call").isEqualTo(1);
    }

    @Test
    void classifyPostsOptionTwoWithoutACandidateLimit() throws Exception {
        server.enqueue(ok("""
                {"XAVResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
                  "AddressClassification":{"Code":"2","Description":"Residential"}}}"""));
        AddressCheck check = new AddressValidationClient(transport()).classify(ALISO_VIEJO).get(10, TimeUnit.SECONDS);

        assertThat(check.residential()).isTrue();
        assertThat(check.verdict()).isEqualTo(AddressVerdict.UNVALIDATED);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/addressvalidation/v2/2");
        assertThat(request.getUrl().queryParameter("maximumcandidatelistsize")).isNull();
    }

    @Test
    void aRefusalCompletesExceptionallyWithUpsCode() {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json").body("""
                {"response":{"errors":[{"code":"264002","message":"Country Code is invalid or missing"}]}}""").build());
        CompletableFuture<AddressCheck> check = new AddressValidationClient(transport()).validate(ALISO_VIEJO);
        assertThatThrownBy(() -> check.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(UpsRejectedException.class,
                        e -> assertThat(e.getMessage()).contains("264002"));
    }

    @Test
    void aServerErrorIsRetriedLikeAnyIdempotentCall() throws Exception {
        server.enqueue(new MockResponse.Builder().code(500).body("""
                {"response":{"errors":[{"code":"10004","message":"Something went wrong"}]}}""").build());
        server.enqueue(ok(VALID));
        assertThat(new AddressValidationClient(transport()).validate(ALISO_VIEJO).get(10, TimeUnit.SECONDS).valid())
                .isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void checksWaitForTheSharedRateLimiter() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(ok(VALID));
        }
        UpsClientConfig config = TestConfigs.forBaseUrl(server.url("/").toString()).requestsPerSecond(5).burst(1).build();
        try (UpsClients clients = UpsClients.create(config, new FixedTokens())) {
            long start = System.nanoTime();
            CompletableFuture.allOf(clients.addressValidation().validate(ALISO_VIEJO),
                    clients.addressValidation().classify(ALISO_VIEJO),
                    clients.addressValidation().validate(ALISO_VIEJO)).get(10, TimeUnit.SECONDS);
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(elapsedMillis).as("3 calls at 5/s with a burst of 1 need two 200 ms waits")
                    .isGreaterThanOrEqualTo(350);
        }
    }

    @Test
    void refusesACandidateLimitUpsDoesNotOffer() {
        assertThatThrownBy(() -> new AddressValidationClient(transport(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AddressValidationClient(transport(), 51)).isInstanceOf(IllegalArgumentException.class);
    }
}
