package dev.x3ups.ups.simulator.ship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveDuplicatesHttpTest {
    private final UpsSimulator sim = UpsSimulator.builder().clockSpeed(0).start();
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
    void twoLiveShipmentsOfOneReferenceAreADuplicateUntilOneIsVoided() {
        String first = ship("X3-TWIN");
        String twin = ship("X3-TWIN");
        ship("X3-SINGLE");
        assertThat(sim.shipments().liveDuplicates()).containsOnlyKeys("X3-TWIN");
        assertThat(sim.shipments().liveDuplicates().get("X3-TWIN")).containsExactly(first, twin);
        JsonNode admin = client.admin("GET", "/admin/shipments/duplicates", null).json();
        assertThat(admin.get("X3-TWIN").size()).isEqualTo(2);
        assertThat(admin.has("X3-SINGLE")).isFalse();

        assertThat(client.delete("/api/shipments/v2409/void/cancel/" + twin).status()).isEqualTo(200);
        assertThat(sim.shipments().liveDuplicates()).isEmpty();
        assertThat(sim.shipments().liveByReference("X3-TWIN")).extracting(Shipment::id).containsExactly(first);
        JsonNode live = client.admin("GET", "/admin/shipments/live?reference=X3-TWIN", null).json();
        assertThat(live.size()).isEqualTo(1);
        assertThat(live.at("/0/shipmentIdentificationNumber").asText()).isEqualTo(first);
        assertThat(client.admin("GET", "/admin/shipments?reference=X3-TWIN", null).json().findValuesAsText("voidedAt"))
                .hasSize(1);
        assertThat(client.admin("GET", "/admin/shipments/duplicates", null).json().size()).isZero();
        assertThat(client.admin("GET", "/admin/shipments/live", null).status()).isEqualTo(400);
        assertThat(List.of(sim.shipments().liveByReference("NEVER").size())).containsExactly(0);
    }
}
