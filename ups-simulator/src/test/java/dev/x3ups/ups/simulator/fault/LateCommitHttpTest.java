package dev.x3ups.ups.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.ship.Shipment;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LateCommitHttpTest {
    private static final String SHIP = "/api/shipments/v2409/ship";
    private final UpsSimulator sim = UpsSimulator.builder().clockSpeed(0).start();
    private final SimulatorClient client = new SimulatorClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void theShipmentLandsAfterTheClientGaveUp() {
        client.token();
        sim.faults().set(ApiEndpoint.SHIP, FaultSpec.none()
                .withLateCommits(1.0, CommitDelay.fixed(Duration.ofSeconds(3)))
                .withHold(Duration.ofSeconds(30)));
        Instant called = Instant.now();
        assertThatThrownBy(() -> client.post(SHIP, ShipRequests.domestic("X3-LATE"), Duration.ofMillis(300)))
                .hasRootCauseInstanceOf(java.net.http.HttpTimeoutException.class);
        assertThat(sim.shipments().byReference("X3-LATE")).as("nothing committed when the client gives up").isEmpty();
        assertThat(sim.lateCommits().pending()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(20)).until(() -> !sim.shipments().byReference("X3-LATE").isEmpty());
        Shipment late = sim.shipments().byReference("X3-LATE").get(0);
        assertThat(Duration.between(called, late.committedAt())).isGreaterThanOrEqualTo(Duration.ofMillis(2900));
        assertThat(late.live()).isTrue();
        assertThat(sim.lateCommits().counts()).isEqualTo(new LateCommits.Counts(1, 0, 1, 0));
    }

    @Test
    void theConnectionIsClosedUnansweredAfterTheHoldAndTheCommitStillLands() {
        client.token();
        sim.faults().set(ApiEndpoint.SHIP, FaultSpec.none()
                .withLateCommits(1.0, CommitDelay.fixed(Duration.ofSeconds(1)))
                .withHold(Duration.ofMillis(200)));
        assertThatThrownBy(() -> client.post(SHIP, ShipRequests.domestic("X3-CLOSED"), Duration.ofSeconds(20)))
                .isInstanceOf(RuntimeException.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> sim.shipments().byReference("X3-CLOSED").size() == 1);
        assertThat(sim.counters().count(ApiEndpoint.SHIP, 0)).as("counted as never answered").isEqualTo(1);
        assertThat(sim.counters().count(ApiEndpoint.SHIP, 200)).isZero();
    }

    @Test
    void anInvalidRequestCommittedLateCreatesNothing() {
        client.token();
        sim.faults().set(ApiEndpoint.SHIP, FaultSpec.none().withLateCommits(1.0, CommitDelay.fixed(Duration.ZERO))
                .withHold(Duration.ofMillis(100)));
        var body = ShipRequests.domestic("X3-BAD");
        ShipRequests.shipment(body).withObject("/Service").put("Code", "ZZ");
        assertThatThrownBy(() -> client.post(SHIP, body, Duration.ofSeconds(20))).isInstanceOf(RuntimeException.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> sim.lateCommits().pending() == 0);
        assertThat(sim.lateCommits().counts().refused()).isEqualTo(1);
        assertThat(sim.shipments().byReference("X3-BAD")).isEmpty();
    }

    @Test
    void otherCallsPassWhenTheRateIsPartial() {
        client.token();
        sim.faults().set(ApiEndpoint.SHIP,
                FaultSpec.none().withLateCommits(0.0, CommitDelay.upTo(Duration.ofSeconds(60))));
        assertThat(client.post(SHIP, ShipRequests.domestic("X3-OK")).status()).isEqualTo(200);
        assertThat(sim.lateCommits().counts().scheduled()).isZero();
    }
}
