package dev.x3ups.ups.simulator.ship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import dev.x3ups.ups.simulator.support.SimulatorClient.Answer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ship and Rate bill residential destinations as UPS classifies them, and refuse commercial-only services there. */
class ResidentialShipHttpTest {
    private final UpsSimulator sim = UpsSimulator.builder().start();
    private final SimulatorClient client = new SimulatorClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    /** A ship request to {@code line, city, state, zip}; {@code flag} adds ResidentialAddressIndicator "". */
    private static ObjectNode shipTo(String reference, String line, String city, String state, String zip,
                                     boolean flag, String service) {
        ObjectNode root = ShipRequests.domestic(reference);
        ObjectNode s = ShipRequests.shipment(root);
        ObjectNode address = (ObjectNode) s.get("ShipTo").get("Address");
        ShipRequests.address(address, line, city, state, zip, "US");
        if (flag) {
            address.put("ResidentialAddressIndicator", "");
        }
        s.putObject("Service").put("Code", service);
        return root;
    }

    private static String surcharge(Answer a) {
        return a.json().at("/ShipmentResponse/ShipmentResults/ShipmentCharges/ServiceOptionsCharges/MonetaryValue")
                .asText();
    }

    private static List<String> alerts(Answer a) {
        return a.json().at("/ShipmentResponse/Response/Alert").findValuesAsText("Code");
    }

    @Test
    void aResidentialAddressIsSurchargedEvenWhenTheRequestDidNotSaySo() {
        Answer a = client.post("/api/shipments/v2409/ship",
                shipTo("R1", "742 Evergreen Terrace", "Springfield", "IL", "62704", false, "03"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(surcharge(a)).isEqualTo("5.15");
        assertThat(alerts(a)).containsExactly("119020");
        Shipment shipment = sim.shipments().byReference("R1").get(0);
        assertThat(shipment.destination().residential()).as("recorded as requested").isFalse();
        assertThat(shipment.quote().serviceOptions()).isEqualByComparingTo("5.15");
    }

    @Test
    void aFlaggedResidentialAddressIsSurchargedWithoutWarning() {
        Answer a = client.post("/api/shipments/v2409/ship",
                shipTo("R2", "742 Evergreen Ter", "Springfield", "IL", "62704", true, "03"));
        assertThat(surcharge(a)).isEqualTo("5.15");
        assertThat(alerts(a)).isEmpty();
        assertThat(sim.shipments().byReference("R2").get(0).destination().residential()).isTrue();
    }

    @Test
    void theFlagIsAPresenceFlagAndCostsTheSurchargeOnACommercialAddressToo() {
        Answer a = client.post("/api/shipments/v2409/ship",
                shipTo("R3", "26601 Aliso Creek Road", "Aliso Viejo", "CA", "92656", true, "03"));
        assertThat(surcharge(a)).isEqualTo("5.15");
        assertThat(alerts(a)).containsExactly("119020");
    }

    @Test
    void anAddressOutsideTheBookIsBilledByTheFlagAlone() {
        Answer a = client.post("/api/shipments/v2409/ship",
                shipTo("R4", "123 Main St", "Alpharetta", "GA", "30005", false, "03"));
        assertThat(surcharge(a)).isEqualTo("0.00");
        assertThat(alerts(a)).isEmpty();
    }

    @Test
    void aCommercialOnlyServiceIsRefusedToAResidentialAddress() {
        Answer refused = client.post("/api/shipments/v2409/ship",
                shipTo("R5", "12 Maple Avenue", "Reno", "NV", "89509", false, "14"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("111215");
        assertThat(sim.shipments().byReference("R5")).isEmpty();
        assertThat(client.post("/api/shipments/v2409/ship",
                shipTo("R6", "123 Main St", "Alpharetta", "GA", "30005", true, "14")).errorCode())
                .as("flagged residential").isEqualTo("111215");
        assertThat(client.post("/api/shipments/v2409/ship",
                shipTo("R7", "26601 Aliso Creek Road", "Aliso Viejo", "CA", "92656", false, "14")).status())
                .isEqualTo(200);
    }

    @Test
    void rateAndShopFollowTheSameClassification() {
        ObjectNode rate = ShipRequests.rate("03", "5");
        ShipRequests.address((ObjectNode) rate.at("/RateRequest/Shipment/ShipTo/Address"), "12 Maple Ave", "Reno",
                "NV", "89509", "US");
        JsonNode rated = client.post("/api/rating/v2409/Rate", rate).json().at("/RateResponse/RatedShipment/0");
        assertThat(rated.at("/ServiceOptionsCharges/MonetaryValue").asText()).isEqualTo("5.15");

        ((ObjectNode) rate.at("/RateRequest/Shipment")).putObject("Service").put("Code", "14");
        assertThat(client.post("/api/rating/v2409/Rate", rate).errorCode()).isEqualTo("111215");

        ((ObjectNode) rate.at("/RateRequest/Shipment")).remove("Service");
        ((ObjectNode) rate.at("/RateRequest/Request")).put("RequestOption", "Shop");
        JsonNode shop = client.post("/api/rating/v2409/Shop", rate).json().at("/RateResponse/RatedShipment");
        assertThat(shop.findValuesAsText("Code")).contains("03").doesNotContain("14");
    }
}
