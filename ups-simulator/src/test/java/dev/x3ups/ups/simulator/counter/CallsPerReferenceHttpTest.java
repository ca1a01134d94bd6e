package dev.x3ups.ups.simulator.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import dev.x3ups.ups.simulator.fault.TimeoutMode;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every UPS call about an order counts for its reference, whatever became of the call. */
class CallsPerReferenceHttpTest {
    private final UpsSimulator sim = UpsSimulator.builder().clockSpeed(0).start();
    private final SimulatorClient client = new SimulatorClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void shipLookUpsAndVoidCountForTheOrder() {
        String id = client.post("/api/shipments/v2409/ship", ShipRequests.domestic("X3-CALLS")).json()
                .at("/ShipmentResponse/ShipmentResults/ShipmentIdentificationNumber").asText();
        sim.faults().set(ApiEndpoint.SHIP, FaultSpec.none().withTimeouts(1.0, TimeoutMode.BEFORE_PROCESSING,
                Duration.ofMillis(100)));
        // its own HTTP client: the connection the simulator drops is not reused for the calls below
        SimulatorClient dropped = new SimulatorClient(sim);
        assertThatThrownBy(() -> dropped.post("/api/shipments/v2409/ship", ShipRequests.domestic("X3-CALLS"),
                Duration.ofSeconds(20))).as("an unanswered call counts too").isInstanceOf(RuntimeException.class);
        sim.faults().clearAll();
        client.get("/api/track/v1/reference/details/X3-CALLS");
        client.get("/api/track/v1/details/" + id);
        client.post("/api/labels/v1/recovery", ShipRequests.labelRecoveryByReference("X3-CALLS"));
        client.post("/api/labels/v1/recovery", ShipRequests.labelRecoveryByNumber(id));
        client.post("/api/quantumview/v3/events", ShipRequests.quantumViewUnread());
        client.delete("/api/shipments/v2409/void/cancel/" + id);
        client.post("/api/shipments/v2409/ship", ShipRequests.domestic("X3-OTHER"));

        assertThat(sim.counters().callsFor("X3-CALLS")).isEqualTo(Map.of(ApiEndpoint.SHIP, 2L,
                ApiEndpoint.TRACK_REFERENCE, 1L, ApiEndpoint.TRACK, 1L, ApiEndpoint.LABEL_RECOVERY, 2L,
                ApiEndpoint.VOID, 1L));
        assertThat(sim.counters().callsFor("X3-OTHER")).isEqualTo(Map.of(ApiEndpoint.SHIP, 1L));
        assertThat(sim.counters().businessCalls()).as("every call but the token, Quantum View included")
                .isEqualTo(9);

        JsonNode one = client.admin("GET", "/admin/calls?reference=X3-CALLS", null).json();
        assertThat(one.get("total").asLong()).isEqualTo(7);
        assertThat(one.get("LABEL_RECOVERY").asLong()).isEqualTo(2);
        JsonNode all = client.admin("GET", "/admin/calls", null).json();
        assertThat(all.get("businessCalls").asLong()).isEqualTo(9);
        assertThat(all.at("/byReference/X3-OTHER/total").asLong()).isEqualTo(1);

        client.admin("POST", "/admin/counters/reset", null);
        assertThat(sim.counters().callsByReference()).isEmpty();
    }
}
