package dev.x3ups.ups.simulator.pickup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.contract.SchemaChecked;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import dev.x3ups.ups.simulator.support.SimulatorClient.Answer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Pickup endpoints' refusals and the admin API, over HTTP. */
class PickupHttpTest {
    private static final String CREATE = "/api/pickupcreation/v2409/pickup";
    private final UpsSimulator sim = UpsSimulator.builder()
            .clockStart(Instant.parse("2026-12-08T12:00:00Z")).clockSpeed(0).start();
    private final SimulatorClient client = new SimulatorClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    private static String onCall(String date, String state) {
        return """
                {"PickupCreationRequest":{"Request":{},"RatePickupIndicator":"N",
                 "PickupDateInfo":{"CloseTime":"1730","ReadyTime":"0900","PickupDate":"%s"},
                 "PickupAddress":{"CompanyName":"ACME","ContactName":"Dock","AddressLine":["1 Main St"],"City":"Allendale",
                  %s"PostalCode":"07401","CountryCode":"US","ResidentialIndicator":"N","Phone":{"Number":"5555555555"}},
                 "AlternateAddressIndicator":"Y",
                 "PickupPiece":[{"ServiceCode":"003","Quantity":"3","DestinationCountryCode":"US","ContainerCode":"01"}],
                 "PaymentMethod":"00","ReferenceNumber":"ACME-NJ1"}}""".formatted(date,
                state == null ? "" : "\"StateProvince\":\"" + state + "\",");
    }

    private Answer call(String method, String path, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .header("Authorization", "Bearer " + client.token())
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(builder::header);
        return client.send(builder, Duration.ofSeconds(10));
    }

    @Test
    void booksAndRefusesWithThePickupCodes() {
        Answer booked = client.post(CREATE, onCall("20261208", "NJ"));
        assertThat(booked.status()).isEqualTo(200);
        assertThat(booked.json().at("/PickupCreationResponse/PRN").asText()).hasSize(11);
        assertThat(booked.json().at("/PickupCreationResponse/RateStatus/Code").asText()).isEqualTo("04");

        assertThat(client.post(CREATE, onCall("20261208", null)).errorCode()).isEqualTo(PickupErrors.STATE_REQUIRED);
        assertThat(client.post(CREATE, onCall("1208", "NJ")).errorCode())
                .as("the schema, with PickupDate read as the 8 characters it is").isEqualTo(SchemaChecked.CODE);
        assertThat(client.post(CREATE, onCall("20261208", "NJ").replace("\"00\"", "\"01\"")).errorCode())
                .isEqualTo(PickupErrors.BAD_PAYMENT);
        assertThat(client.post(CREATE, onCall("20261208", "NJ").replace("\"Quantity\":\"3\"", "\"Quantity\":\"0\""))
                .errorCode()).isEqualTo(PickupErrors.BAD_PIECES);
        assertThat(client.post(CREATE, onCall("20261208", "NJ").replace("\"ContainerCode\":\"01\"",
                "\"ContainerCode\":\"03\"")).errorCode()).isEqualTo(PickupErrors.BAD_PIECES);
        assertThat(client.post(CREATE, """
                {"PickupTriggerGWNRequest":{"Request":{},"AccountNumber":"ZZZZZZ","ServiceDateOption":"01"}}""")
                .errorCode()).isEqualTo(PickupErrors.UNKNOWN_ACCOUNT);
        assertThat(sim.pickups().bookings().all()).hasSize(1);
    }

    @Test
    void statusAndCancelNeedTheirHeaders() {
        String prn = client.post(CREATE, onCall("20261209", "NJ")).json().at("/PickupCreationResponse/PRN").asText();
        assertThat(call("GET", "/api/shipments/v2409/pickup/oncall", Map.of()).errorCode())
                .isEqualTo(PickupErrors.ACCOUNT_REQUIRED);
        assertThat(call("GET", "/api/shipments/v2409/pickup/oncall", Map.of("AccountNumber", "ZZZZZZ")).errorCode())
                .isEqualTo(PickupErrors.UNKNOWN_ACCOUNT);
        assertThat(call("GET", "/api/shipments/v2409/pickup/weekly", Map.of("AccountNumber", "A1B2C3")).errorCode())
                .isEqualTo(PickupErrors.BAD_OPTION);
        JsonNode pending = call("GET", "/api/shipments/v2409/pickup/both", Map.of("AccountNumber", "A1B2C3")).json()
                .at("/PickupPendingStatusResponse/PendingStatus");
        assertThat(pending).hasSize(1);
        assertThat(pending.at("/0/PRN").asText()).isEqualTo(prn);
        assertThat(pending.at("/0/ReferenceNumber").asText()).isEqualTo("ACME-NJ1");
        assertThat(pending.at("/0/OnCallStatusCode").asText()).isEqualTo("012");

        assertThat(call("DELETE", "/api/shipments/v2409/pickup/02", Map.of()).errorCode())
                .isEqualTo(PickupErrors.PRN_REQUIRED);
        assertThat(call("DELETE", "/api/shipments/v2409/pickup/02", Map.of("Prn", "NOSUCHPRN00")).errorCode())
                .isEqualTo(PickupErrors.UNKNOWN_PRN);
        assertThat(call("DELETE", "/api/shipments/v2409/pickup/01", Map.of("Prn", prn)).errorCode())
                .isEqualTo(PickupErrors.CANCEL_BY_ACCOUNT);
        Answer cancelled = call("DELETE", "/api/shipments/v2409/pickup/02", Map.of("Prn", prn));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().at("/PickupCancelResponse/PickupType").asText()).isEqualTo("01");
        assertThat(call("DELETE", "/api/shipments/v2409/pickup/02", Map.of("Prn", prn)).errorCode())
                .isEqualTo(PickupErrors.ALREADY_CANCELLED);
    }

    @Test
    void theAdminApiConfiguresSitesAndCountsBookings() {
        Answer put = client.admin("PUT", "/admin/pickups/sites/US/07401",
                Map.of("zone", "America/New_York", "callBy", "0630", "leadMinutes", 30));
        assertThat(put.status()).isEqualTo(204);
        assertThat(client.post(CREATE, onCall("20261208", "NJ")).errorCode()).isEqualTo(PickupErrors.PAST_CALL_BY);
        client.admin("PUT", "/admin/pickups/sites/US/07401", Map.of("zone", "America/New_York", "callBy", "1800",
                "holidays", java.util.List.of("2026-12-09")));
        assertThat(client.post(CREATE, onCall("20261209", "NJ")).errorCode()).isEqualTo(PickupErrors.NOT_A_SERVICE_DAY);
        client.post(CREATE, onCall("20261208", "NJ"));
        client.post(CREATE, onCall("20261208", "NJ"));
        assertThat(client.admin("GET", "/admin/pickups/duplicates", null).json().path("US:07401@2026-12-08").asInt())
                .isEqualTo(2);
        assertThat(client.admin("GET", "/admin/pickups/per-site-day", null).json().size()).isEqualTo(1);
        JsonNode all = client.admin("GET", "/admin/pickups", null).json();
        assertThat(all).hasSize(2);
        assertThat(all.at("/0/packages").asInt()).isEqualTo(3);
        assertThat(all.at("/0/state").asText()).isEqualTo("PROCESSING");
        assertThat(sim.pickups().bookings().at("US:07401", LocalDate.of(2026, 12, 8))).hasSize(2);
    }
}
