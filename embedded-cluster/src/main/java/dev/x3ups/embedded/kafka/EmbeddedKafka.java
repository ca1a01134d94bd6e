package dev.x3ups.embedded.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One combined KRaft broker+controller in this JVM, on ephemeral ports unless given one, with its log
 * directory in a temporary folder that {@link #close()} removes. Needs no Kafka test jars.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final int requestedPort;
    private final Path parentDir;
    private final Map<String, String> overrides;
    private Path workDir;
    private KafkaRaftServer server;
    private String bootstrapServers;

    EmbeddedKafka(int requestedPort, Path parentDir, Map<String, String> overrides) {
        this.requestedPort = requestedPort;
        this.parentDir = parentDir;
        this.overrides = Map.copyOf(overrides);
    }

    /** A broker on ephemeral ports with the default single-node settings. */
    public static EmbeddedKafka create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Formats the log directory, starts the node and waits until it answers admin requests. */
    public synchronized EmbeddedKafka start() {
        if (server != null) {
            throw new IllegalStateException("broker already started");
        }
        int brokerPort = requestedPort > 0 ? requestedPort : FreePort.find();
        int controllerPort = FreePort.find();
        workDir = parentDir == null ? TempDirectory.create("x3ups-kafka-") : TempDirectory.create(parentDir, "x3ups-kafka-");
        Path logDir = workDir.resolve("logs");
        Map<String, String> props = BrokerProperties.singleNode(brokerPort, controllerPort, logDir, overrides);
        try {
            format(props);
            Properties properties = new Properties();
            properties.putAll(props);
            server = new KafkaRaftServer(KafkaConfig.fromProps(properties), Time.SYSTEM);
            server.startup();
            bootstrapServers = "127.0.0.1:" + brokerPort;
            awaitReady();
            LOG.info("Kafka broker ready at {}", bootstrapServers);
            return this;
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException("Kafka broker did not start on port " + brokerPort
                    + (requestedPort > 0 ? " (is the port in use?)" : ""), e);
        }
    }

    /** {@code host:port} of the PLAINTEXT listener. */
    public String bootstrapServers() {
        if (bootstrapServers == null) {
            throw new IllegalStateException("broker not started");
        }
        return bootstrapServers;
    }

    public KafkaTopics topics() {
        return new KafkaTopics(bootstrapServers());
    }

    public TopicReader reader() {
        return new TopicReader(bootstrapServers());
    }

    public TopicWriter writer() {
        return new TopicWriter(bootstrapServers());
    }

    /** Stops the node and deletes its log directory. Stop Connect workers first. */
    @Override
    public synchronized void close() {
        if (server != null) {
            try {
                server.shutdown();
                server.awaitShutdown();
            } finally {
                server = null;
            }
        }
        TempDirectory.delete(workDir);
        workDir = null;
        bootstrapServers = null;
    }

    private void format(Map<String, String> props) {
        try {
            Path config = workDir.resolve("server.properties");
            Properties properties = new Properties();
            properties.putAll(props);
            try (OutputStream out = Files.newOutputStream(config)) {
                properties.store(out, "single-node KRaft test broker");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int exit = StorageTool.execute(new String[] {
                "format", "--config", config.toString(),
                "--cluster-id", Uuid.randomUuid().toString()
            }, new PrintStream(output, true, StandardCharsets.UTF_8));
            if (exit != 0) {
                throw new IllegalStateException("formatting the log directory failed: "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("broker did not become ready within " + READY_TIMEOUT, e);
        }
    }

    /** Port and broker setting overrides. */
    public static final class Builder {
        private int port;
        private Path parentDir;
        private final Map<String, String> overrides = new LinkedHashMap<>();

        Builder() {
        }

        /** Fixed PLAINTEXT port (quickstart); 0, the default, picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Where the broker's temporary directory is created; the system temp directory by default. */
        public Builder parentDirectory(Path parentDir) {
            this.parentDir = parentDir;
            return this;
        }

        public Builder brokerConfig(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        public Builder brokerConfig(Map<String, String> settings) {
            overrides.putAll(settings);
            return this;
        }

        public EmbeddedKafka build() {
            return new EmbeddedKafka(port, parentDir, overrides);
        }
    }
}
