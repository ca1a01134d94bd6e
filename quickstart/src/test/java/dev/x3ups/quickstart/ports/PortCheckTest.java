package dev.x3ups.quickstart.ports;

import dev.x3ups.quickstart.cli.PortPlan;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PortCheckTest {

    @Test
    void allFreeIsNoProblem() {
        assertThat(new PortCheck(port -> true).firstProblem(new PortPlan(9092, 8083, 8124, 8090, 8088))).isEmpty();
    }

    @Test
    void aTakenPortIsNamedWithItsServiceAndFlag() {
        Set<Integer> taken = Set.of(8083);
        String problem = new PortCheck(port -> !taken.contains(port))
                .firstProblem(new PortPlan(9092, 8083, 8124, 8090, 8088)).orElseThrow();

        assertThat(problem).isEqualTo("Port 8083 (Connect REST API) is already in use: stop what listens there "
                + "or choose another port with --connect-port <port>.");
        assertThat(problem).doesNotContain("\n");
    }

    @Test
    void ephemeralPortsAreNotProbed() {
        List<Integer> probed = new ArrayList<>();
        new PortCheck(port -> probed.add(port)).firstProblem(new PortPlan(0, 8083, 0, 0, 0));

        assertThat(probed).containsExactly(8083);
    }

    @Test
    void thePortGivenTwiceIsReportedForTheSecondService() {
        String problem = new PortCheck(port -> true).firstProblem(new PortPlan(9092, 8083, 8083, 8090, 8088))
                .orElseThrow();

        assertThat(problem).contains("Port 8083", "Sage X3 simulator", "--x3-port");
    }

    @Test
    void theSocketProbeSeesARealListener() throws IOException {
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = listener.getLocalPort();

            assertThat(new SocketPortProbe().isFree(port)).isFalse();
            assertThat(new PortCheck().firstProblem(new PortPlan(0, 0, 0, port, 0)))
                    .hasValueSatisfying(p -> assertThat(p).contains(String.valueOf(port), "--ups-port"));
        }
    }

    @Test
    void theSocketProbeFindsAFreedPortFree() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThat(new SocketPortProbe().isFree(port)).isTrue();
    }
}
