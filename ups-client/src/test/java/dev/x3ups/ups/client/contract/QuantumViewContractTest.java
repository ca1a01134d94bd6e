package dev.x3ups.ups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.quantumview.QuantumViewBatch;
import dev.x3ups.ups.client.quantumview.QuantumViewEvent;
import dev.x3ups.ups.client.quantumview.QuantumViewQuery;
import dev.x3ups.ups.client.ship.ShipOutcome;
import dev.x3ups.ups.client.ship.Shipments;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Quantum View events with the Bookmark loop against the simulator, bodies checked against QuantumView.yaml. */
class QuantumViewContractTest {
    private SimulatorHarness harness;

    @BeforeEach
    void start() {
        harness = SimulatorHarness.start(sim -> sim.quantumViewPageSize(1).quantumViewEventsPerFile(2), c -> { });
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void followsBookmarksToTheEndAndThenFindsNothingUnread() throws Exception {
        String number = null;
        for (int i = 0; i < 3; i++) {
            ShipOutcome.Created created = (ShipOutcome.Created) harness.clients.ship()
                    .ship(Shipments.domesticUs("X3:SALES:QV" + i).build()).get(20, TimeUnit.SECONDS);
            number = created.trackingNumbers().get(0);
        }
        harness.sim.advanceClock(Duration.ofDays(5)); // within UPS's 7-day retention

        QuantumViewBatch batch = harness.clients.quantumView().events(QuantumViewQuery.unread("OutboundXML"))
                .get(30, TimeUnit.SECONDS);

        assertThat(batch.pages()).isGreaterThan(1);
        assertThat(batch.events()).extracting(QuantumViewEvent::kind)
                .contains(QuantumViewEvent.Kind.MANIFEST, QuantumViewEvent.Kind.ORIGIN);
        String last = number;
        assertThat(batch.events()).anySatisfy(e -> {
            assertThat(e.trackingNumber()).isEqualTo(last);
            assertThat(e.kind()).isEqualTo(QuantumViewEvent.Kind.MANIFEST);
            assertThat(e.packageReferences()).contains("X3:SALES:QV2");
        });

        QuantumViewBatch again = harness.clients.quantumView().events(QuantumViewQuery.unread("OutboundXML"))
                .get(30, TimeUnit.SECONDS);
        assertThat(again.events()).as("files were marked read").isEmpty();
        harness.assertContractKept();
    }
}
