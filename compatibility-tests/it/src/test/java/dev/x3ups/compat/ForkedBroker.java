package dev.x3ups.compat;

import static org.awaitility.Awaitility.await;

import dev.x3ups.embedded.kafka.FreePort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** A single-node KRaft broker (broker and controller in one JVM) of one Kafka version, formatted afresh. */
final class ForkedBroker implements AutoCloseable {
    private final ForkedJvm jvm;
    private final int port;

    private ForkedBroker(ForkedJvm jvm, int port) {
        this.jvm = jvm;
        this.port = port;
    }

    static ForkedBroker start(KafkaRuntime kafka) {
        int port = FreePort.find();
        int controllerPort = FreePort.find();
        Path dir = kafka.work().resolve("broker");
        Path properties = dir.resolve("server.properties");
        try {
            deleteRecursively(dir); // a fresh cluster each time: the storage tool refuses another cluster's data
            Files.createDirectories(dir);
            Files.writeString(properties, String.join("\n", List.of(
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                    "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "log.dirs=" + dir.resolve("data").toAbsolutePath(),
                    "num.partitions=1",
                    "offsets.topic.replication.factor=1",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "share.coordinator.state.topic.replication.factor=1",
                    "share.coordinator.state.topic.min.isr=1",
                    "group.initial.rebalance.delay.ms=0")) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The cluster id is a base64 UUID of 22 characters, as kafka-storage random-uuid prints; like Kafka's own
        // Uuid.randomUuid it never starts with '-', which the storage tool's argument parser reads as an option.
        String clusterId;
        do {
            clusterId = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(uuidBytes(UUID.randomUUID()));
        } while (clusterId.startsWith("-"));
        ForkedJvm.run(kafka, dir.resolve("format.log"), "kafka.tools.StorageTool", "format", "-t", clusterId, "-c",
                properties.toString(), "--ignore-formatted");
        ForkedJvm jvm = ForkedJvm.start(kafka, "broker of " + kafka, dir.resolve("broker.log"), List.of(),
                "kafka.Kafka", properties.toString());
        ForkedBroker broker = new ForkedBroker(jvm, port);
        await(kafka + " broker listening").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    jvm.assertAlive();
                    return broker.accepts();
                });
        return broker;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static byte[] uuidBytes(UUID uuid) {
        return java.nio.ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The data is thrown away: no controlled shutdown to wait for. */
    @Override
    public void close() {
        jvm.kill();
    }
}
