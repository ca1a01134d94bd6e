package dev.x3ups.compat;

import static org.awaitility.Awaitility.await;

import dev.x3ups.embedded.kafka.FreePort;
import dev.x3ups.embedded.rest.ConnectRestClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * A distributed Connect worker of one Kafka version ({@code ConnectDistributed}, as {@code connect-distributed.sh}
 * runs it) loading the plugins from {@code plugin.path}, with remote JMX on a loopback port.
 */
final class ForkedConnectWorker implements AutoCloseable {
    private final ForkedJvm jvm;
    private final ConnectRestClient rest;
    private final int jmxPort;

    private ForkedConnectWorker(ForkedJvm jvm, ConnectRestClient rest, int jmxPort) {
        this.jvm = jvm;
        this.rest = rest;
        this.jmxPort = jmxPort;
    }

    /** Starts the worker; once more on fresh ports when a free port was taken meanwhile by another process. */
    static ForkedConnectWorker start(KafkaRuntime kafka, String bootstrapServers, Path pluginPath, String name) {
        try {
            return startOnce(kafka, bootstrapServers, pluginPath, name);
        } catch (PortTaken e) {
            return startOnce(kafka, bootstrapServers, pluginPath, name);
        }
    }

    private static ForkedConnectWorker startOnce(KafkaRuntime kafka, String bootstrapServers, Path pluginPath,
                                                 String name) {
        int restPort = FreePort.find();
        int jmxPort = FreePort.find();
        while (jmxPort == restPort) {
            jmxPort = FreePort.find();
        }
        Path dir = kafka.work().resolve(name);
        Path properties = dir.resolve("connect-distributed.properties");
        try {
            Files.createDirectories(dir);
            Files.writeString(properties, String.join("\n", List.of(
                    "bootstrap.servers=" + bootstrapServers,
                    "group.id=" + name,
                    "key.converter=org.apache.kafka.connect.json.JsonConverter",
                    "value.converter=org.apache.kafka.connect.json.JsonConverter",
                    "config.storage.topic=" + name + "-configs",
                    "offset.storage.topic=" + name + "-offsets",
                    "status.storage.topic=" + name + "-status",
                    "config.storage.replication.factor=1",
                    "offset.storage.replication.factor=1",
                    "status.storage.replication.factor=1",
                    "offset.storage.partitions=1",
                    "status.storage.partitions=1",
                    "offset.flush.interval.ms=500",
                    "listeners=http://127.0.0.1:" + restPort,
                    "plugin.path=" + pluginPath.toAbsolutePath(),
                    // every jar of the archive declares its plugins (Connect 3.6+): no class scanning
                    "plugin.discovery=service_load")) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> jmx = List.of(
                "-Dcom.sun.management.jmxremote.port=" + jmxPort,
                "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
                "-Dcom.sun.management.jmxremote.authenticate=false",
                "-Dcom.sun.management.jmxremote.ssl=false",
                "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                "-Djava.rmi.server.hostname=127.0.0.1");
        ForkedJvm jvm = ForkedJvm.start(kafka, "Connect worker of " + kafka, dir.resolve("worker.log"), jmx,
                "org.apache.kafka.connect.cli.ConnectDistributed", properties.toString());
        ConnectRestClient rest = new ConnectRestClient(URI.create("http://127.0.0.1:" + restPort));
        ForkedConnectWorker worker = new ForkedConnectWorker(jvm, rest, jmxPort);
        // GET /connectors answers once the worker has joined its group and read the config topic.
        await(kafka + " Connect worker serving").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!jvm.alive() && jvm.logContains("Address already in use")) {
                        throw new PortTaken();
                    }
                    jvm.assertAlive();
                    try {
                        return rest.connectors().isSuccess();
                    } catch (RuntimeException notListeningYet) {
                        return false;
                    }
                });
        return worker;
    }

    private static final class PortTaken extends RuntimeException {
        PortTaken() {
            super("a port of the worker was taken", null, false, false);
        }
    }

    ConnectRestClient rest() {
        return rest;
    }

    Path log() {
        return jvm.log();
    }

    void assertAlive() {
        jvm.assertAlive();
    }

    /** Opens the worker's platform MBean server over JMX (RMI on the loopback port). */
    JMXConnector jmx() throws IOException {
        return JMXConnectorFactory.connect(new JMXServiceURL(
                "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"));
    }

    static MBeanServerConnection server(JMXConnector connector) throws IOException {
        return connector.getMBeanServerConnection();
    }

    @Override
    public void close() {
        jvm.close();
    }
}
