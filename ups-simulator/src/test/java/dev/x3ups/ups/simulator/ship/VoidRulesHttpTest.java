package dev.x3ups.ups.simulator.ship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import dev.x3ups.ups.simulator.support.SimulatorClient.Answer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** UPS voids a label only while it is unused: inside the void window and before any pickup scan. */
class VoidRulesHttpTest {
    private static final String SHIP = "/api/shipments/v2409/ship";
    private static final String VOID = "/api/shipments/v2409/void/cancel/";
    private final UpsSimulator sim = UpsSimulator.builder().clockSpeed(0).exceptionShare(0)
            .clockStart(Instant.parse("2026-07-01T10:00:00Z")).voidWindow(Duration.ofDays(28)).start();
    private final SimulatorClient client = new SimulatorClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    private String ship(ObjectNode request) {
        return client.post(SHIP, request).json().at("/ShipmentResponse/ShipmentResults/ShipmentIdentificationNumber")
                .asText();
    }

    @Test
    void aShipmentPickedUpNowCannotBeVoided() {
        String id = ship(ShipRequests.domestic("X3-PICKED"));
        assertThat(sim.pickUpNow(id)).isTrue();
        Answer a = client.delete(VOID + id);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.errorCode()).isEqualTo("190102");
        assertThat(sim.shipments().byId(id).orElseThrow().live()).isTrue();
        JsonNode activity = client.get("/api/track/v1/details/" + id).json()
                .at("/trackResponse/shipment/0/package/0/activity");
        assertThat(activity.toString()).as("Track shows the pickup scan").contains("\"type\":\"P\"");
        assertThat(sim.pickUpNow(id)).as("already picked up").isFalse();
    }

    @Test
    void thePlannedPickupAlsoEndsTheChanceToVoid() {
        String early = ship(ShipRequests.domestic("X3-EARLY"));
        String late = ship(ShipRequests.domestic("X3-PLANNED"));
        sim.advanceClock(Duration.ofHours(1));
        assertThat(client.delete(VOID + early).status()).as("an hour after the label, no pickup yet").isEqualTo(200);
        sim.advanceClock(Duration.ofHours(8));
        assertThat(client.delete(VOID + late).errorCode()).as("picked up on its timeline, window still open")
                .isEqualTo("190102");
    }

    @Test
    void aPickedUpPackageCannotBeVoidedAlone() {
        ObjectNode request = ShipRequests.domestic("X3-TWO");
        ShipRequests.addPackage((ArrayNode) ShipRequests.shipment(request).get("Package"), "3", "X3-TWO");
        JsonNode results = client.post(SHIP, request).json().at("/ShipmentResponse/ShipmentResults");
        String id = results.get("ShipmentIdentificationNumber").asText();
        String second = results.at("/PackageResults/1/TrackingNumber").asText();
        sim.pickUpNow(id);
        assertThat(client.delete(VOID + id + "?trackingnumber=" + second).errorCode()).isEqualTo("190102");
    }

    @Test
    void theVoidWindowIsASettingOnTheAdminApi() {
        SimulatorClient.Answer window = client.admin("GET", "/admin/void-window", null);
        assertThat(window.json().get("window").asText()).isEqualTo("PT672H");
        client.admin("PUT", "/admin/void-window", "{\"window\":\"PT1H\"}");
        assertThat(sim.voidWindow()).isEqualTo(Duration.ofHours(1));
        String id = ship(ShipRequests.domestic("X3-WINDOW"));
        sim.advanceClock(Duration.ofMinutes(61));
        assertThat(client.delete(VOID + id).errorCode()).as("window closed before the pickup").isEqualTo("190102");
        client.admin("PUT", "/admin/void-window", "{\"window\":\"P28D\"}");
        assertThat(client.delete(VOID + id).status()).isEqualTo(200);
    }

    @Test
    void theAdminApiPicksUpAndListsTheState() {
        String id = ship(ShipRequests.domestic("X3-ADMIN-PICK"));
        assertThat(client.admin("GET", "/admin/shipments?reference=X3-ADMIN-PICK", null).json()
                .at("/0/pickedUp").asBoolean()).isFalse();
        Answer picked = client.admin("POST", "/admin/shipments/" + id + "/pickup", null);
        assertThat(picked.status()).isEqualTo(200);
        assertThat(picked.json().get("pickedUp").asBoolean()).isTrue();
        assertThat(client.admin("GET", "/admin/shipments?reference=X3-ADMIN-PICK", null).json()
                .at("/0/pickedUp").asBoolean()).isTrue();
        assertThat(client.delete(VOID + id).errorCode()).isEqualTo("190102");
        assertThat(client.admin("POST", "/admin/shipments/1Z0000000000000000/pickup", null).status()).isEqualTo(404);
    }
}
