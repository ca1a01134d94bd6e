package dev.x3ups.ups.client.pickup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.client.FixedTokens;
import dev.x3ups.ups.client.TestConfigs;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.UpsError;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.http.UpsHttp;
import dev.x3ups.ups.client.http.UpsTransport;
import dev.x3ups.ups.client.json.UpsJson;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PickupClientTest {
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

    private PickupClient client() {
        UpsClientConfig config = TestConfigs.forBaseUrl(server.url("/").toString()).build();
        http = UpsHttp.newClient(config);
        return new PickupClient(UpsTransport.create(config, http, new FixedTokens(), scheduler), "A1B2C3");
    }

    private void answer(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).body(body).build());
    }

    @Test
    void booksAnOnCallPickupWithTheDaysPiecesAndReadsPrnAndRate() throws Exception {
        answer(200, """
                {"PickupCreationResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
                 "PRN":"2929602E9CP","RateStatus":{"Code":"01","Description":"Rate available"},
                 "RateResult":{"RateType":"FD","CurrencyCode":"USD","GrandTotalOfAllCharge":"9.05"}}}""");
        PickupOutcome outcome = client().book(Pickups.onCall("ACME-NJ1-20261208").build()).get(5, TimeUnit.SECONDS);

        assertThat(outcome).isInstanceOfSatisfying(PickupOutcome.Booked.class, booked -> {
            assertThat(booked.prn()).isEqualTo("2929602E9CP");
            assertThat(booked.rate().total().amount()).isEqualByComparingTo("9.05");
            assertThat(booked.rate().rateType()).isEqualTo("FD");
        });
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/pickupcreation/v2409/pickup");
        JsonNode body = UpsJson.parse(request.getBody().utf8()).path("PickupCreationRequest");
        assertThat(body.path("PickupDateInfo").path("PickupDate").asText()).isEqualTo("20261208");
        assertThat(body.path("PickupDateInfo").path("ReadyTime").asText()).isEqualTo("0900");
        assertThat(body.path("PickupDateInfo").path("CloseTime").asText()).isEqualTo("1730");
        assertThat(body.path("PickupPiece")).hasSize(2);
        assertThat(body.path("PickupPiece").get(0).path("ServiceCode").asText()).isEqualTo("003");
        assertThat(body.path("PickupPiece").get(0).path("Quantity").asText()).isEqualTo("27");
        assertThat(body.path("PickupPiece").get(1).path("ServiceCode").asText()).isEqualTo("065");
        assertThat(body.path("PickupPiece").get(1).path("DestinationCountryCode").asText()).isEqualTo("CA");
        assertThat(body.path("TotalWeight").path("Weight").asText()).isEqualTo("162.5");
        assertThat(body.path("OverweightIndicator").asText()).isEqualTo("N");
        assertThat(body.path("ReferenceNumber").asText()).isEqualTo("ACME-NJ1-20261208");
        assertThat(body.path("PaymentMethod").asText()).isEqualTo("01");
        assertThat(body.path("Shipper").path("Account").path("AccountNumber").asText()).isEqualTo("A1B2C3");
        assertThat(body.path("RatePickupIndicator").asText()).isEqualTo("Y");
        assertThat(body.path("AlternateAddressIndicator").asText()).isEqualTo("Y");
        assertThat(body.path("PickupAddress").path("AddressLine").isArray()).isTrue();
    }

    @Test
    void aBookingWhoseAnswerIsLostIsAmbiguousAndSentOnce() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        PickupOutcome outcome = client().book(Pickups.onCall("R1").build()).get(10, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOf(PickupOutcome.Ambiguous.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aServerErrorOnBookingIsAmbiguousButARefusalIsRejectedWithUpsReason() throws Exception {
        answer(500, "{\"response\":{\"errors\":[{\"code\":\"10004\",\"message\":\"try later\"}]}}");
        assertThat(client().book(Pickups.onCall("R1").build()).get(10, TimeUnit.SECONDS))
                .isInstanceOf(PickupOutcome.Ambiguous.class);
        answer(400, "{\"response\":{\"errors\":[{\"code\":\"9510001\",\"message\":\"Past the call-by time\"}]}}");
        assertThat(client().book(Pickups.onCall("R1").build()).get(10, TimeUnit.SECONDS))
                .isInstanceOfSatisfying(PickupOutcome.Rejected.class, r -> {
                    assertThat(r.code()).isEqualTo("9510001");
                    assertThat(r.message()).isEqualTo("Past the call-by time");
                });
    }

    @Test
    void anAnswerWithoutPrnIsAmbiguous() throws Exception {
        answer(200, "{\"PickupCreationResponse\":{\"Response\":{\"ResponseStatus\":{\"Code\":\"1\"}}}}");
        assertThat(client().book(Pickups.onCall("R1").build()).get(5, TimeUnit.SECONDS))
                .isInstanceOf(PickupOutcome.Ambiguous.class);
    }

    @Test
    void triggersSmartPickupAndReadsTheDayWhereverUpsPutsIt() throws Exception {
        answer(200, """
                {"PickupTriggerGWNResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
                 "ServiceDate":"20261209","NextBusinessDayIndicator":"Y","PRN":"GPE58AB041C",
                 "TriggerStatus":{"Code":"01","Description":"NEW"}}}""");
        SmartPickupTrigger trigger = client().triggerSmart(SmartPickupTrigger.When.SAME_DAY, "ACME-NJ1")
                .get(5, TimeUnit.SECONDS);
        assertThat(trigger).isEqualTo(new SmartPickupTrigger("GPE58AB041C", LocalDate.of(2026, 12, 9),
                SmartPickupTrigger.Status.NEW, true));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/pickupcreation/v2409/pickup");
        JsonNode body = UpsJson.parse(request.getBody().utf8()).path("PickupTriggerGWNRequest");
        assertThat(body.path("AccountNumber").asText()).isEqualTo("A1B2C3");
        assertThat(body.path("ServiceDateOption").asText()).isEqualTo("01");

        // UPS's own example nests the answer inside Response
        SmartPickupTrigger nested = PickupResponseReader.smartTrigger(UpsJson.parse("""
                {"PickupTriggerGWNResponse":{"Response":{"ResponseStatus":{"Code":"1"},
                 "ServiceDate":"20260206","PRN":"GPD49B1D615","TriggerStatus":{"Code":"02","Description":"EXISTING"}}}}"""));
        assertThat(nested).isEqualTo(new SmartPickupTrigger("GPD49B1D615", LocalDate.of(2026, 2, 6),
                SmartPickupTrigger.Status.EXISTING, false));
    }

    @Test
    void ratesAPickupForASpecificDay() throws Exception {
        answer(200, """
                {"PickupRateResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
                 "RateResult":{"RateType":"SD","CurrencyCode":"USD","GrandTotalOfAllCharge":"14.75"}}}""");
        PickupRate rate = client().rate(Pickups.onCall("R1").build(), PickupKind.ON_CALL).get(5, TimeUnit.SECONDS);
        assertThat(rate.total().amount()).isEqualByComparingTo(new BigDecimal("14.75"));
        assertThat(rate.total().currency()).isEqualTo("USD");
        assertThat(rate.free()).isFalse();
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/shipments/v2409/pickup/oncall");
        JsonNode body = UpsJson.parse(request.getBody().utf8()).path("PickupRateRequest");
        assertThat(body.path("ServiceDateOption").asText()).isEqualTo("03");
        assertThat(body.path("PickupAddress").path("AddressLine").isTextual()).isTrue();
    }

    @Test
    void listsPendingPickupsByAccountWithOurReference() throws Exception {
        answer(200, """
                {"PickupPendingStatusResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
                 "PendingStatus":{"PickupType":"01","ServiceDate":"20261208","PRN":"2929602E9CP",
                  "PickupStatusMessage":"002","ReferenceNumber":"ACME-NJ1-20261208","ContactName":"Dock Manager"}}}""");
        List<PendingPickup> pending = client().pending(PickupKind.ON_CALL).get(5, TimeUnit.SECONDS);
        assertThat(pending).singleElement().satisfies(p -> {
            assertThat(p.prn()).isEqualTo("2929602E9CP");
            assertThat(p.serviceDate()).isEqualTo(Pickups.DAY);
            assertThat(p.status()).isEqualTo(PickupStatus.DISPATCHED);
            assertThat(p.reference()).isEqualTo("ACME-NJ1-20261208");
        });
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/shipments/v2409/pickup/oncall");
        assertThat(request.getHeaders().get("AccountNumber")).isEqualTo("A1B2C3");
    }

    @Test
    void readsStatusFromWordsOrTheOnCallCode() {
        assertThat(PickupStatus.of("Order unsuccessfully completed")).isEqualTo(PickupStatus.UNSUCCESSFUL);
        assertThat(PickupStatus.of("Order successfully completed")).isEqualTo(PickupStatus.COMPLETED);
        assertThat(PickupStatus.of("Your pickup request is being processed")).isEqualTo(PickupStatus.PROCESSING);
        assertThat(PickupStatus.of("007 Cancelled")).isEqualTo(PickupStatus.CANCELLED);
        assertThat(PickupStatus.of("something new")).isEqualTo(PickupStatus.UNKNOWN);
        List<PendingPickup> pending = PickupResponseReader.pending(UpsJson.parse("""
                {"PickupPendingStatusResponse":{"PendingStatus":[{"PRN":"A","ServiceDate":"bad","PickupStatusMessage":"?",
                 "OnCallStatusCode":"007"},{"ServiceDate":"20261208"}]}}"""));
        assertThat(pending).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PickupStatus.CANCELLED);
            assertThat(p.serviceDate()).isNull();
        });
    }

    @Test
    void cancelsByPrnInTheHeader() throws Exception {
        answer(200, """
                {"PickupCancelResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},"PickupType":"01"}}""");
        PickupCancellation cancellation = client().cancel("2929602E9CP").get(5, TimeUnit.SECONDS);
        assertThat(cancellation.result()).isEqualTo(PickupCancellation.Result.CANCELLED);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/shipments/v2409/pickup/02");
        assertThat(request.getHeaders().get("Prn")).isEqualTo("2929602E9CP");
    }

    @Test
    void alreadyCancelledIsSuccessAndDispatchedIsTooLate() throws Exception {
        answer(400, "{\"response\":{\"errors\":[{\"code\":\"9510011\",\"message\":\"Pickup already cancelled\"}]}}");
        PickupCancellation again = client().cancel("2929602E9CP").get(5, TimeUnit.SECONDS);
        assertThat(again.result()).isEqualTo(PickupCancellation.Result.ALREADY_CANCELLED);
        assertThat(again.cancelled()).isTrue();

        answer(400, "{\"response\":{\"errors\":[{\"code\":\"9599999\",\"message\":\"The pickup has already been cancelled\"}]}}");
        assertThat(client().cancel("X").get(5, TimeUnit.SECONDS).result())
                .as("recognised by UPS's words too").isEqualTo(PickupCancellation.Result.ALREADY_CANCELLED);

        answer(400, "{\"response\":{\"errors\":[{\"code\":\"9510012\",\"message\":\"Driver already dispatched\"}]}}");
        PickupCancellation late = client().cancel("2929602E9CP").get(5, TimeUnit.SECONDS);
        assertThat(late.result()).isEqualTo(PickupCancellation.Result.TOO_LATE);
        assertThat(late.cancelled()).isFalse();

        assertThat(PickupClient.cancelRefusal(List.of(new UpsError("9599999",
                "Cannot be cancelled: the driver has already been dispatched"))))
                .as("'already' next to 'cancel' is not 'already cancelled'").isEqualTo(PickupCancellation.Result.TOO_LATE);
        assertThat(PickupClient.cancelRefusal(List.of(new UpsError("9599999", "No pickup found")))).isNull();
    }

    @Test
    void anUnknownPrnIsARefusal() {
        answer(400, "{\"response\":{\"errors\":[{\"code\":\"9510010\",\"message\":\"No pickup found for PRN\"}]}}");
        assertThatThrownBy(() -> client().cancel("NOPE").get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(UpsRejectedException.class);
    }

    @Test
    void requestsAreCheckedBeforeSending() {
        assertThatThrownBy(() -> Pickups.onCall("R").window(LocalTime.of(18, 0), LocalTime.of(9, 0)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pickups.onCall("X".repeat(36)).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PickupPiece.forShippingService("03", "US", PickupContainer.PACKAGE, 1000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PickupPiece.pickupServiceCode("7")).isEqualTo("007");
        assertThatThrownBy(() -> PickupRequest.builder().address(Pickups.warehouse()).date(Pickups.DAY)
                .window(LocalTime.of(9, 0), LocalTime.of(17, 0)).build())
                .as("no pieces").isInstanceOf(IllegalArgumentException.class);
    }
}
