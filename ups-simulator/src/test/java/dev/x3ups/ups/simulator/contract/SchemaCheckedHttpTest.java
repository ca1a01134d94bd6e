package dev.x3ups.ups.simulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import dev.x3ups.ups.simulator.support.SimulatorClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every API body meets UPS's schema before the simulator acts on it; refusals carry UPS's error envelope. */
class SchemaCheckedHttpTest {
    private static final String SHIP = "/api/shipments/v2409/ship";
    private static final UpsSimulator SIM = UpsSimulator.builder().start();
    private final SimulatorClient client = new SimulatorClient(SIM);

    @AfterAll
    static void stop() {
        SIM.close();
    }

    @Test
    void correctBodiesPass() {
        assertThat(client.post(SHIP, ShipRequests.domestic("X3-OK")).status()).isEqualTo(200);
        assertThat(client.post(SHIP, ShipRequests.international("X3-INT-OK")).status()).isEqualTo(200);
        assertThat(client.post("/api/rating/v2409/Rate", ShipRequests.rate("03", "5")).status()).isEqualTo(200);
    }

    @Test
    void aShipBodyOutsideTheSchemaIsRefusedWithTheViolation() {
        ObjectNode request = ShipRequests.domestic("X3-DIM");
        ((ObjectNode) ShipRequests.shipment(request).at("/Package/0/Dimensions")).put("Length", "40.35");

        Answer a = client.post(SHIP, request);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.errorCode()).isEqualTo(SchemaChecked.CODE);
        assertThat(a.json().at("/response/errors/0/message").asText()).contains("/Dimensions/Length");
        assertThat(SIM.shipments().all()).noneMatch(s -> s.referenceValues().contains("X3-DIM"));
    }

    @Test
    void rateWithoutRequestOptionIsRefused() {
        ObjectNode request = ShipRequests.rate("03", "5");
        ((ObjectNode) request.at("/RateRequest/Request")).remove("RequestOption");

        Answer a = client.post("/api/rating/v2409/Rate", request);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.errorCode()).isEqualTo(SchemaChecked.CODE);
        assertThat(a.json().at("/response/errors/0/message").asText()).contains("RequestOption");
    }

    @Test
    void labelRecoveryQuantumViewAndTrackAlertBodiesAreChecked() {
        ObjectNode recovery = SimulatorClient.MAPPER.createObjectNode();
        recovery.putObject("LabelRecoveryRequest").put("TrackingNumber", "1ZA1B2C30312345675");
        assertThat(client.post("/api/labels/v1/recovery", recovery).errorCode()).as("Request is required")
                .isEqualTo(SchemaChecked.CODE);

        ObjectNode quantumView = SimulatorClient.MAPPER.createObjectNode();
        quantumView.putObject("QuantumViewRequest").putObject("Request").put("RequestAction", "QVEvents")
                .put("Bogus", 1).putObject("TransactionReference").put("CustomerContext", 42);
        assertThat(client.post("/api/quantumview/v3/events", quantumView).errorCode()).isEqualTo(SchemaChecked.CODE);

        ObjectNode alert = SimulatorClient.MAPPER.createObjectNode().put("locale", "en_US")
                .put("countryCode", "USA");
        alert.putArray("trackingNumberList").add("1ZA1B2C30312345675");
        alert.putObject("destination").put("url", "https://example.com/hook").put("credentialType", "Bearer")
                .put("credential", "secret");
        assertThat(client.post("/api/track/v2/subscription/standard/package", alert).errorCode())
                .as("countryCode has two letters").isEqualTo(SchemaChecked.CODE);
    }

    @Test
    void aPoBoxShipToIsRefusedWithUpsEnvelope() {
        ObjectNode request = ShipRequests.domestic("X3-POBOX");
        ShipRequests.address((ObjectNode) ShipRequests.shipment(request).at("/ShipTo/Address"), "PO Box 1234",
                "Alpharetta", "GA", "30005", "US");

        Answer a = client.post(SHIP, request);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.errorCode()).isEqualTo("120217");
        assertThat(a.json().at("/response/errors/0/message").asText()).contains("PO Box");
    }
}
