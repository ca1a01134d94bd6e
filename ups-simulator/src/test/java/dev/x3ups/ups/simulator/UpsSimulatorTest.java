package dev.x3ups.ups.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.simulator.fault.CommitDelay;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import dev.x3ups.ups.simulator.visibility.LookupChannel;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UpsSimulatorTest {

    @Test
    void startsOnAnEphemeralPortAndReleasesItOnClose() {
        UpsSimulator sim = UpsSimulator.builder().start();
        int port = sim.port();
        assertThat(port).isPositive();
        assertThat(sim.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(sim.tokenUrl()).isEqualTo(sim.baseUrl() + "/security/v1/oauth/token");
        assertThat(sim.apiUrl()).isEqualTo(sim.baseUrl() + "/api");
        assertThat(new SimulatorClient(sim).admin("GET", "/admin/health", null).json().get("status").asText())
                .isEqualTo("UP");
        sim.close();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
    }

    @Test
    void commandLineOptionsConfigureTheSimulator() {
        try (UpsSimulator sim = UpsSimulatorMain.start(new String[] {"--port", "0", "--speed", "0", "--account",
                "Z9Y8X7", "--client", "cli:pw", "--exception-share", "0"})) {
            assertThat(sim.clock().speed()).isZero();
            SimulatorClient client = new SimulatorClient(sim);
            assertThat(client.requestToken("cli", "pw").status()).isEqualTo(200);
            assertThat(client.requestToken(SimulatorClient.CLIENT_ID, SimulatorClient.CLIENT_SECRET).status())
                    .as("the default client only exists when none is given").isEqualTo(401);
        }
        assertThatThrownBy(() -> UpsSimulatorMain.start(new String[] {"--nope", "1"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UpsSimulatorMain.start(new String[] {"--client", "nocolon"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commandLineSetsLateCommitsLagsAndTheVoidWindow() {
        try (UpsSimulator sim = UpsSimulatorMain.start(new String[] {"--port", "0", "--void-window", "P28D",
                "--lag-track-reference", "PT2M", "--lag-quantum-view", "PT3M", "--lag-label-recovery", "PT1M",
                "--fault", "SHIP={\"lateCommitRate\":0.3,\"commitDelayMaxMillis\":60000,\"holdMillis\":5000}"})) {
            assertThat(sim.voidWindow()).isEqualTo(Duration.ofDays(28));
            assertThat(sim.visibilityLag().snapshot()).containsEntry(LookupChannel.TRACK_BY_REFERENCE,
                    Duration.ofMinutes(2)).containsEntry(LookupChannel.QUANTUM_VIEW, Duration.ofMinutes(3))
                    .containsEntry(LookupChannel.LABEL_RECOVERY, Duration.ofMinutes(1));
            FaultSpec ship = sim.faults().get(ApiEndpoint.SHIP);
            assertThat(ship.lateCommitRate()).isEqualTo(0.3);
            assertThat(ship.commitDelay()).isEqualTo(CommitDelay.upTo(Duration.ofSeconds(60)));
            assertThat(ship.hold()).isEqualTo(Duration.ofSeconds(5));
        }
        assertThatThrownBy(() -> UpsSimulatorMain.start(new String[] {"--fault", "{}"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
