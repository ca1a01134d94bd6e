package dev.x3ups.ups.simulator.rate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import dev.x3ups.ups.simulator.support.SimulatorClient.Answer;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateHttpTest {
    private final UpsSimulator sim = UpsSimulator.builder().start();
    private final SimulatorClient client = new SimulatorClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    private static BigDecimal total(JsonNode rated) {
        return new BigDecimal(rated.at("/TotalCharges/MonetaryValue").asText());
    }

    @Test
    void rateReturnsOneDeterministicRatedShipment() {
        Answer a = client.post("/api/rating/v2409/Rate", ShipRequests.rate("03", "5"));
        assertThat(a.status()).isEqualTo(200);
        JsonNode rated = a.json().at("/RateResponse/RatedShipment");
        assertThat(rated.isArray()).isTrue();
        assertThat(rated).hasSize(1);
        assertThat(rated.at("/0/Service/Code").asText()).isEqualTo("03");
        assertThat(rated.at("/0/TotalCharges/MonetaryValue").isTextual()).isTrue();
        assertThat(rated.at("/0/RatedPackage")).hasSize(1);
        Answer again = client.post("/api/rating/v2409/Rate", ShipRequests.rate("03", "5"));
        assertThat(again.json()).isEqualTo(a.json());
    }

    @Test
    void olderVersionsAnswerSingleObjects() {
        JsonNode rated = client.post("/api/rating/v2205/Rate", ShipRequests.rate("03", "5")).json()
                .at("/RateResponse/RatedShipment");
        assertThat(rated.isObject()).isTrue();
        assertThat(rated.at("/Service/Code").asText()).isEqualTo("03");
    }

    @Test
    void shopRatesEveryServiceOfTheLaneAndAirCostsMore() {
        JsonNode rated = client.post("/api/rating/v2409/Shop", ShipRequests.rate(null, "5")).json()
                .at("/RateResponse/RatedShipment");
        assertThat(rated.size()).isGreaterThanOrEqualTo(5);
        BigDecimal ground = null;
        BigDecimal nextDay = null;
        for (JsonNode r : rated) {
            String code = r.at("/Service/Code").asText();
            if (code.equals("03")) {
                ground = total(r);
            } else if (code.equals("01")) {
                nextDay = total(r);
            }
        }
        assertThat(ground).isNotNull();
        assertThat(nextDay).isGreaterThan(ground);
    }

    @Test
    void dimensionsRaiseTheBillingWeight() {
        ObjectNode light = ShipRequests.rate("03", "2");
        ObjectNode bulky = ShipRequests.rate("03", "2");
        ((ObjectNode) bulky.at("/RateRequest/Shipment/Package/0")).putObject("Dimensions").put("Length", "20")
                .put("Width", "20").put("Height", "20").putObject("UnitOfMeasurement").put("Code", "IN")
                .put("Description", "Inches");
        JsonNode a = client.post("/api/rating/v2409/Rate", light).json().at("/RateResponse/RatedShipment/0");
        JsonNode b = client.post("/api/rating/v2409/Rate", bulky).json().at("/RateResponse/RatedShipment/0");
        assertThat(a.at("/BillingWeight/Weight").asText()).isEqualTo("2.0");
        assertThat(b.at("/BillingWeight/Weight").asText()).isEqualTo("58.0");
        assertThat(total(b)).isGreaterThan(total(a));
    }

    @Test
    void invalidRequestsGetUpsErrors() {
        Answer badOption = client.post("/api/rating/v2409/Cheapest", ShipRequests.rate("03", "5"));
        assertThat(badOption.status()).isEqualTo(400);
        Answer noService = client.post("/api/rating/v2409/Rate", ShipRequests.rate(null, "5"));
        assertThat(noService.errorCode()).isEqualTo("111100");
        Answer heavy = client.post("/api/rating/v2409/Rate", ShipRequests.rate("03", "200"));
        assertThat(heavy.errorCode()).isEqualTo("120604");
    }
}
