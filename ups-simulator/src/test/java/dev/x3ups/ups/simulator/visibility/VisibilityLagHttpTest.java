package dev.x3ups.ups.simulator.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.testing.MutableClock;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each look-up channel hides a new shipment for its own lag; void knows it at once. */
class VisibilityLagHttpTest {
    private final MutableClock wall = new MutableClock(Instant.parse("2026-07-01T10:00:00Z"));
    private final UpsSimulator sim = UpsSimulator.builder().wallClock(wall).clockSpeed(0).exceptionShare(0)
            .clockStart(Instant.parse("2026-07-01T10:00:00Z"))
            .visibilityLag(LookupChannel.LABEL_RECOVERY, Duration.ofMinutes(1))
            .visibilityLag(LookupChannel.TRACK_BY_REFERENCE, Duration.ofMinutes(2))
            .visibilityLag(LookupChannel.QUANTUM_VIEW, Duration.ofMinutes(5)).start();
    private final SimulatorClient client = new SimulatorClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void eachChannelShowsTheShipmentAfterItsOwnLag() {
        String id = ship("X3-LAG");
        assertThat(seen("X3-LAG")).isEqualTo(new Seen(false, false, false));
        assertThat(labelRecoveryByNumber(id)).as("by tracking number too").isEqualTo(400);
        assertThat(sim.quantumView().lagging()).isEqualTo(1);

        wall.advance(Duration.ofMinutes(1));
        assertThat(seen("X3-LAG")).isEqualTo(new Seen(false, true, false));
        assertThat(labelRecoveryByNumber(id)).isEqualTo(200);

        wall.advance(Duration.ofMinutes(1));
        assertThat(seen("X3-LAG")).isEqualTo(new Seen(true, true, false));

        wall.advance(Duration.ofMinutes(3));
        assertThat(seen("X3-LAG")).isEqualTo(new Seen(true, true, true));
        assertThat(sim.quantumView().lagging()).isZero();
    }

    @Test
    void lagsCountFromEachShipmentsOwnCommit() {
        ship("X3-FIRST");
        wall.advance(Duration.ofMinutes(2));
        ship("X3-SECOND");
        assertThat(trackedByReference("X3-FIRST")).isTrue();
        assertThat(trackedByReference("X3-SECOND")).isFalse();
    }

    @Test
    void voidFindsAShipmentNoLookUpShowsYet() {
        String id = ship("X3-VOID-EARLY");
        assertThat(client.delete("/api/shipments/v2409/void/cancel/" + id).status()).isEqualTo(200);
        assertThat(sim.shipments().byId(id).orElseThrow().live()).isFalse();
    }

    @Test
    void zeroLagIsTodaysBehaviourAndTheAdminApiSetsLags() {
        LagAnswer lags = adminLags("{\"trackByReferenceMillis\":0,\"quantumViewMillis\":0,\"labelRecoveryMillis\":0}");
        assertThat(lags.json().get("quantumViewMillis").asLong()).isZero();
        ship("X3-NOW");
        assertThat(seen("X3-NOW")).isEqualTo(new Seen(true, true, true));
        adminLags("{\"trackByReferenceMillis\":60000}");
        assertThat(sim.visibilityLag().get(LookupChannel.TRACK_BY_REFERENCE)).isEqualTo(Duration.ofMinutes(1));
        assertThat(sim.visibilityLag().get(LookupChannel.QUANTUM_VIEW)).as("missing keys keep").isZero();
        assertThat(trackedByReference("X3-NOW")).as("a lag set later hides recent shipments again").isFalse();
    }

    private record LagAnswer(JsonNode json) { }

    private LagAnswer adminLags(String body) {
        SimulatorClient.Answer a = client.admin("PUT", "/admin/visibility-lag", body);
        assertThat(a.status()).isEqualTo(200);
        return new LagAnswer(a.json());
    }

    private record Seen(boolean trackByReference, boolean labelRecovery, boolean quantumView) { }

    private Seen seen(String reference) {
        return new Seen(trackedByReference(reference), labelRecoveryByReference(reference) == 200,
                quantumViewManifests(reference));
    }

    private String ship(String reference) {
        SimulatorClient.Answer a = client.post("/api/shipments/v2409/ship", ShipRequests.domestic(reference));
        assertThat(a.status()).isEqualTo(200);
        return a.json().at("/ShipmentResponse/ShipmentResults/ShipmentIdentificationNumber").asText();
    }

    private boolean trackedByReference(String reference) {
        JsonNode shipment = client.get("/api/track/v1/reference/details/" + reference + "?shipperNum="
                + ShipRequests.ACCOUNT).json().at("/trackResponse/shipment/0");
        return !shipment.path("package").isMissingNode() && shipment.path("warnings").isMissingNode();
    }

    private int labelRecoveryByReference(String reference) {
        return client.post("/api/labels/v1/recovery", ShipRequests.labelRecoveryByReference(reference)).status();
    }

    private int labelRecoveryByNumber(String trackingNumber) {
        return client.post("/api/labels/v1/recovery", ShipRequests.labelRecoveryByNumber(trackingNumber)).status();
    }

    /** Reads the Quantum View files by date range (read or not), looking for this reference's Manifest. */
    private boolean quantumViewManifests(String reference) {
        ObjectNode root = ShipRequests.quantumViewUnread();
        ((ObjectNode) root.at("/QuantumViewRequest/SubscriptionRequest/0")).putObject("DateTimeRange")
                .put("BeginDateTime", "20260630000000").put("EndDateTime", "20260702000000");
        JsonNode answer = client.post("/api/quantumview/v3/events", root).json();
        JsonNode files = answer.at("/QuantumViewResponse/QuantumViewEvents/SubscriptionEvents/0/SubscriptionFile");
        for (JsonNode file : files) {
            for (JsonNode manifest : file.path("Manifest")) {
                if (manifest.toString().contains(reference)) {
                    return true;
                }
            }
        }
        return false;
    }
}
