package dev.x3ups.ups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.ship.ShipOutcome;
import dev.x3ups.ups.client.ship.Shipments;
import dev.x3ups.ups.client.track.TrackResult;
import dev.x3ups.ups.client.track.TrackedPackage;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Track by number and by reference against the simulator, bodies checked against Tracking.yaml. */
class TrackContractTest {
    private SimulatorHarness harness;

    @BeforeEach
    void start() {
        harness = SimulatorHarness.start();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private ShipOutcome.Created ship(String key) throws Exception {
        return (ShipOutcome.Created) harness.clients.ship().ship(Shipments.domesticUs(key).build()).get(20, TimeUnit.SECONDS);
    }

    @Test
    void tracksAShipmentThroughItsTimeline() throws Exception {
        String number = ship("X3:SALES:SO10").trackingNumbers().get(0);
        harness.sim.advanceClock(Duration.ofDays(10));

        TrackResult result = harness.clients.track().details(number).get(20, TimeUnit.SECONDS);

        assertThat(result.found()).isTrue();
        TrackedPackage pkg = result.packages().get(0);
        assertThat(pkg.trackingNumber()).isEqualTo(number);
        assertThat(pkg.activities()).hasSizeGreaterThan(1);
        assertThat(pkg.currentStatus().type()).isIn("D", "X", "RS");
        assertThat(pkg.references()).contains("X3:SALES:SO10");
        harness.assertContractKept();
    }

    @Test
    void findsAShipmentByOurReference() throws Exception {
        String number = ship("X3:SALES:SO11").trackingNumbers().get(0);
        harness.sim.advanceClock(Duration.ofDays(1));
        TrackResult result = harness.clients.track().byReference("X3:SALES:SO11", SimulatorHarness.ACCOUNT, null, null)
                .get(20, TimeUnit.SECONDS);
        assertThat(result.packages()).extracting(TrackedPackage::trackingNumber).contains(number);
        harness.assertContractKept();
    }

    @Test
    void unknownNumberIsNotFoundWithHttp200AndTw0001() throws Exception {
        TrackResult result = harness.clients.track().details("1ZA1B2C30399999990").get(20, TimeUnit.SECONDS);
        assertThat(result.found()).isFalse();
        assertThat(result.notFoundWarning()).isTrue();
        harness.assertContractKept();
    }

    @Test
    void serverErrorsOnTrackAreRetried() throws Exception {
        String number = ship("X3:SALES:SO12").trackingNumbers().get(0);
        harness.sim.faults().set(ApiEndpoint.TRACK, FaultSpec.none().withServerErrorRate(1.0));
        var pending = harness.clients.track().details(number);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> harness.sim.counters().count(ApiEndpoint.TRACK) >= 2);
        harness.sim.faults().clear(ApiEndpoint.TRACK);
        assertThat(pending.get(20, TimeUnit.SECONDS).found()).isTrue();
    }
}
