package dev.x3ups.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plugin archive on a real KRaft broker and distributed Connect worker of every supported Kafka line,
 * one version after another, each forked from that version's Maven artifacts: the four connectors RUNNING,
 * orders shipped with UPS and their status written back to X3, and the task metrics in the worker's JMX
 * under the same ObjectNames whether the worker has plugin metrics (4.1+) or not (3.7 to 4.0).
 */
class CompatibilityIT {

    /** ObjectName → one attribute it must have: the same on every version. */
    static final Map<String, String> TASK_METRICS = new LinkedHashMap<>();

    static {
        TASK_METRICS.put("kafka.connect:type=plugins,connector=sage-x3-source,task=0", "orders-polled-total");
        TASK_METRICS.put("kafka.connect:type=plugins,connector=sage-x3-source,task=0,entity=SALES", "lag-ms");
        TASK_METRICS.put("kafka.connect:type=plugins,connector=ups-sink,task=0", "shipments-created-total");
        TASK_METRICS.put("kafka.connect:type=plugins,connector=ups-tracking-source,task=0", "queue-depth");
        TASK_METRICS.put("kafka.connect:type=plugins,connector=sage-x3-sink,task=0", "x3-writes-total");
    }

    private static Simulators simulators;

    @BeforeAll
    static void startSimulators() {
        simulators = Simulators.start();
    }

    @AfterAll
    static void stopSimulators() {
        if (simulators != null) {
            simulators.close();
        }
    }

    static Stream<String> versions() {
        return KafkaRuntime.all().stream().map(KafkaRuntime::version);
    }

    @ParameterizedTest(name = "Kafka {0}")
    @MethodSource("versions")
    void fourConnectorsRunAndOrdersFlowEndToEnd(String version) {
        KafkaRuntime kafka = KafkaRuntime.of(version);
        try (ForkedBroker broker = ForkedBroker.start(kafka);
             ForkedConnectWorker worker = ForkedConnectWorker.start(kafka, broker.bootstrapServers(),
                     PipelineCheck.pluginPath(), "compat-connect")) {
            new PipelineCheck(kafka, worker, broker.bootstrapServers(), simulators).run(() -> assertTaskMetricsOverJmx(worker));
        }
    }

    private static void assertTaskMetricsOverJmx(ForkedConnectWorker worker) {
        try (JMXConnector connector = worker.jmx()) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            for (Map.Entry<String, String> metric : TASK_METRICS.entrySet()) {
                ObjectName name = new ObjectName(metric.getKey());
                assertThat(server.isRegistered(name)).as("MBean %s registered; there are %s", name,
                        server.queryNames(new ObjectName("kafka.connect:type=plugins,*"), null)).isTrue();
                assertThat(server.getAttribute(name, metric.getValue())).as("%s of %s", metric.getValue(), name)
                        .isInstanceOf(Number.class);
            }
            ObjectName shipped = new ObjectName("kafka.connect:type=plugins,connector=ups-sink,task=0");
            assertThat(((Number) server.getAttribute(shipped, "shipments-created-total")).longValue())
                    .as("shipments counted in JMX").isGreaterThanOrEqualTo(PipelineCheck.ORDERS);
            System.out.println("compat: task metrics over JMX: " + List.copyOf(TASK_METRICS.keySet()));
        } catch (IOException e) {
            throw new UncheckedIOException("JMX of the worker not reachable", e);
        } catch (JMException e) {
            throw new AssertionError("JMX query failed: " + e, e);
        }
    }
}
