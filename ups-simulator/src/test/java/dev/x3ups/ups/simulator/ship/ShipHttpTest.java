package dev.x3ups.ups.simulator.ship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import dev.x3ups.ups.simulator.support.SimulatorClient.Answer;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShipHttpTest {
    private static final String SHIP = "/api/shipments/v2409/ship";
    private final UpsSimulator sim = UpsSimulator.builder().voidWindow(Duration.ofHours(24)).start();
    private final SimulatorClient client = new SimulatorClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void createsAShipmentWithCheckedTrackingNumbersChargesAndLabels() {
        ObjectNode request = ShipRequests.domestic("X3-SDH-000123");
        ShipRequests.addPackage((com.fasterxml.jackson.databind.node.ArrayNode) ShipRequests.shipment(request)
                .get("Package"), "12", "X3-SDH-000123");
        ShipRequests.shipment(request).putObject("ShipmentRatingOptions").put("NegotiatedRatesIndicator", "");
        Answer a = client.post(SHIP + "?additionaladdressvalidation=city", request);
        assertThat(a.status()).isEqualTo(200);
        JsonNode response = a.json().get("ShipmentResponse");
        assertThat(response.at("/Response/ResponseStatus/Code").asText()).isEqualTo("1");
        assertThat(response.at("/Response/TransactionReference/CustomerContext").asText()).isEqualTo("X3-SDH-000123");
        JsonNode results = response.get("ShipmentResults");
        JsonNode packages = results.get("PackageResults");
        assertThat(packages.isArray()).isTrue();
        assertThat(packages).hasSize(2);
        assertThat(results.get("ShipmentIdentificationNumber").asText()).isEqualTo(packages.get(0).get("TrackingNumber").asText());
        for (JsonNode p : packages) {
            assertThat(TrackingNumbers.valid(p.get("TrackingNumber").asText())).isTrue();
            assertThat(p.at("/ShippingLabel/ImageFormat/Code").asText()).isEqualTo("GIF");
            byte[] gif = Base64.getDecoder().decode(p.at("/ShippingLabel/GraphicImage").asText());
            assertThat(new String(gif, 0, 6, java.nio.charset.StandardCharsets.US_ASCII)).startsWith("GIF8");
        }
        for (String charge : new String[] {"TransportationCharges", "ServiceOptionsCharges", "TotalCharges"}) {
            JsonNode money = results.get("ShipmentCharges").get(charge);
            assertThat(money.get("MonetaryValue").isTextual()).isTrue();
            assertThat(money.get("MonetaryValue").asText()).matches("\\d+\\.\\d{2}");
            assertThat(money.get("CurrencyCode").asText()).isEqualTo("USD");
        }
        assertThat(results.at("/NegotiatedRateCharges/TotalCharge/MonetaryValue").asText()).matches("\\d+\\.\\d{2}");
        assertThat(results.at("/BillingWeight/Weight").isTextual()).isTrue();
    }

    @Test
    void versionsBeforeV2403AnswerSingleObjects() {
        JsonNode results = client.post("/api/shipments/v2205/ship", ShipRequests.domestic("X3-OLD")).json()
                .at("/ShipmentResponse/ShipmentResults");
        assertThat(results.get("PackageResults").isObject()).isTrue();
        assertThat(TrackingNumbers.valid(results.at("/PackageResults/TrackingNumber").asText())).isTrue();
    }

    @Test
    void rejectsLikeUpsWithTheErrorEnvelope() {
        ObjectNode request = ShipRequests.domestic("X3-1");
        ShipRequests.shipment(request).putArray("ReferenceNumber").addObject().put("Value", "X3-1");
        Answer a = client.post(SHIP, request);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.errorCode()).isEqualTo("120541");
        assertThat(a.json().at("/response/errors/0/message").asText())
                .isEqualTo("Shipment/ReferenceNumber is not allowed for this shipment");
        Answer notJson = client.post(SHIP, "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(sim.shipments().size()).isZero();
    }

    @Test
    void countsShipmentsPerReferenceAndExcludesVoidedOnesFromLive() {
        String first = client.post(SHIP, ShipRequests.domestic("X3-DUP")).json()
                .at("/ShipmentResponse/ShipmentResults/ShipmentIdentificationNumber").asText();
        client.post(SHIP, ShipRequests.domestic("X3-DUP"));
        client.post(SHIP, ShipRequests.domestic("X3-ONCE"));
        assertThat(sim.shipments().createdPerReference()).containsEntry("X3-DUP", new ReferenceCount(2, 2))
                .containsEntry("X3-ONCE", new ReferenceCount(1, 1));
        Answer voided = client.delete("/api/shipments/v2409/void/cancel/" + first);
        assertThat(voided.status()).isEqualTo(200);
        assertThat(voided.json().at("/VoidShipmentResponse/SummaryResult/Status/Code").asText()).isEqualTo("1");
        assertThat(sim.shipments().createdPerReference()).containsEntry("X3-DUP", new ReferenceCount(2, 1));
        Answer again = client.delete("/api/shipments/v2409/void/cancel/" + first);
        assertThat(again.errorCode()).isEqualTo("190102");
    }

    @Test
    void voidWindowClosesOnTheSimulatorClock() {
        String id = client.post(SHIP, ShipRequests.domestic("X3-LATE")).json()
                .at("/ShipmentResponse/ShipmentResults/ShipmentIdentificationNumber").asText();
        sim.advanceClock(Duration.ofHours(25));
        Answer a = client.delete("/api/shipments/v2409/void/cancel/" + id);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.errorCode()).isEqualTo("190102");
        assertThat(a.json().at("/response/errors/0/message").asText())
                .isEqualTo("No shipment found within the allowed void period");
        assertThat(sim.shipments().createdPerReference().get("X3-LATE").live()).isEqualTo(1);
    }

    @Test
    void voidsSinglePackagesByTrackingNumber() {
        ObjectNode request = ShipRequests.domestic("X3-MULTI");
        ShipRequests.addPackage((com.fasterxml.jackson.databind.node.ArrayNode) ShipRequests.shipment(request)
                .get("Package"), "3", "X3-MULTI");
        JsonNode results = client.post(SHIP, request).json().at("/ShipmentResponse/ShipmentResults");
        String id = results.get("ShipmentIdentificationNumber").asText();
        String second = results.at("/PackageResults/1/TrackingNumber").asText();
        Answer a = client.delete("/api/shipments/v2409/void/cancel/" + id + "?trackingnumber=" + second);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().at("/VoidShipmentResponse/PackageLevelResults/0/TrackingNumber").asText()).isEqualTo(second);
        assertThat(sim.shipments().byId(id).orElseThrow().live()).as("one package still live").isTrue();
    }

    @Test
    void recoversLabelsByTrackingNumberOrReference() {
        String id = client.post(SHIP, ShipRequests.domestic("X3-LOST")).json()
                .at("/ShipmentResponse/ShipmentResults/ShipmentIdentificationNumber").asText();
        ObjectNode byRef = SimulatorClient.MAPPER.createObjectNode();
        ObjectNode recovery = byRef.putObject("LabelRecoveryRequest");
        recovery.putObject("Request").put("SubVersion", "1903");
        ObjectNode values = recovery.putObject("ReferenceValues");
        values.putObject("ReferenceNumber").put("Value", "X3-LOST");
        values.put("ShipperNumber", ShipRequests.ACCOUNT);
        Answer a = client.post("/api/labels/v1/recovery", byRef);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().at("/LabelRecoveryResponse/ShipmentIdentificationNumber").asText()).isEqualTo(id);
        assertThat(a.json().at("/LabelRecoveryResponse/LabelResults/0/LabelImage/GraphicImage").asText()).isNotBlank();
        ObjectNode byNumber = SimulatorClient.MAPPER.createObjectNode();
        ObjectNode byNumberRequest = byNumber.putObject("LabelRecoveryRequest").put("TrackingNumber", id);
        byNumberRequest.putObject("Request").put("SubVersion", "1903");
        assertThat(client.post("/api/labels/v1/recovery", byNumber).status()).isEqualTo(200);
        values.putObject("ReferenceNumber").put("Value", "NOPE");
        assertThat(client.post("/api/labels/v1/recovery", byRef).status()).isEqualTo(400);
        assertThat(sim.counters().count(ApiEndpoint.LABEL_RECOVERY)).isEqualTo(3);
    }
}
