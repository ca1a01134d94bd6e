package dev.x3ups.ups.simulator.track;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import dev.x3ups.ups.simulator.support.SimulatorClient.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrackHttpTest {
    private final UpsSimulator sim = UpsSimulator.builder().exceptionShare(0).clockSpeed(0).start();
    private final SimulatorClient client = new SimulatorClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    private String ship(String reference) {
        return client.post("/api/shipments/v2409/ship", ShipRequests.domestic(reference)).json()
                .at("/ShipmentResponse/ShipmentResults/ShipmentIdentificationNumber").asText();
    }

    @Test
    void trackingShowsTheTimelineNewestFirst() {
        String number = ship("X3-T1");
        JsonNode pkg = client.get("/api/track/v1/details/" + number).json().at("/trackResponse/shipment/0/package/0");
        assertThat(pkg.get("trackingNumber").asText()).isEqualTo(number);
        assertThat(pkg.at("/currentStatus/type").asText()).isEqualTo("M");
        assertThat(pkg.at("/deliveryDate/0/type").asText()).isEqualTo("SDD");
        sim.advanceClock(Duration.ofDays(10));
        pkg = client.get("/api/track/v1/details/" + number).json().at("/trackResponse/shipment/0/package/0");
        assertThat(pkg.at("/currentStatus/type").asText()).isEqualTo("D");
        assertThat(pkg.at("/deliveryDate/0/type").asText()).isEqualTo("DEL");
        assertThat(pkg.at("/deliveryInformation/location").isTextual()).isTrue();
        List<String> types = new ArrayList<>();
        pkg.get("activity").forEach(a -> types.add(a.at("/status/type").asText()));
        assertThat(types).startsWith("D", "O").endsWith("P", "M");
        JsonNode newest = pkg.at("/activity/0");
        assertThat(newest.get("gmtDate").asText()).matches("\\d{8}");
        assertThat(newest.get("gmtTime").asText()).matches("\\d{6}");
        assertThat(pkg.at("/referenceNumber/0/number").asText()).isEqualTo("X3-T1");
    }

    @Test
    void unknownNumbersAnswer200WithTw0001() {
        Answer a = client.get("/api/track/v1/details/1Z999AA10123456784");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().at("/trackResponse/shipment/0/warnings/0/code").asText()).isEqualTo("TW0001");
        assertThat(a.json().at("/trackResponse/shipment/0/warnings/0/message").asText())
                .isEqualTo("Tracking Information Not Found");
        assertThat(client.get("/api/track/v1/details/1Z1").status()).isEqualTo(400);
    }

    @Test
    void trackByReferenceFindsShipmentsCreatedWithThatReference() {
        String first = ship("X3-REF-7");
        String second = ship("X3-REF-7");
        ship("X3-OTHER");
        Answer a = client.get("/api/track/v1/reference/details/X3-REF-7?shipperNum=" + ShipRequests.ACCOUNT);
        assertThat(a.status()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        a.json().at("/trackResponse/shipment/0/package").forEach(p -> numbers.add(p.get("trackingNumber").asText()));
        assertThat(numbers).containsExactly(first, second);
        Answer otherShipper = client.get("/api/track/v1/reference/details/X3-REF-7?shipperNum=ZZZZZZ");
        assertThat(otherShipper.json().at("/trackResponse/shipment/0/warnings/0/code").asText()).isEqualTo("TW0001");
        Answer unknown = client.get("/api/track/v1/reference/details/NEVER-SHIPPED");
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json().at("/trackResponse/shipment/0/warnings/0/code").asText()).isEqualTo("TW0001");
    }

    @Test
    void referencesWithSpacesAndColonsAreDecoded() {
        String number = ship("SEED:SALES:SO 0001");
        Answer a = client.get("/api/track/v1/reference/details/"
                + java.net.URLEncoder.encode("SEED:SALES:SO 0001", java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"));
        assertThat(a.json().at("/trackResponse/shipment/0/package/0/trackingNumber").asText()).isEqualTo(number);
        String slashed = ship("SO/2026/7");
        Answer b = client.get("/api/track/v1/reference/details/SO%2F2026%2F7");
        assertThat(b.json().at("/trackResponse/shipment/0/package/0/trackingNumber").asText()).isEqualTo(slashed);
    }

    @Test
    void trackByReferenceLooksBackFourteenDaysByDefault() {
        ship("X3-OLD");
        sim.advanceClock(Duration.ofDays(15));
        Answer a = client.get("/api/track/v1/reference/details/X3-OLD");
        assertThat(a.json().at("/trackResponse/shipment/0/warnings/0/code").asText()).isEqualTo("TW0001");
    }

    @Test
    void voidedShipmentsShowManifestVoid() {
        String number = ship("X3-V");
        client.delete("/api/shipments/v2409/void/cancel/" + number);
        JsonNode pkg = client.get("/api/track/v1/details/" + number).json().at("/trackResponse/shipment/0/package/0");
        assertThat(pkg.at("/currentStatus/type").asText()).isEqualTo("MV");
    }
}
