package dev.x3ups.it.harness;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * A broker in a Docker container (apache/kafka at the client's version) for runs where a Docker engine
 * exists; the Connect workers stay in this JVM either way.
 */
final class ContainerBroker implements KafkaBroker {

    private final KafkaContainer container;

    ContainerBroker(KafkaContainer container) {
        this.container = container;
    }

    static ContainerBroker start() {
        KafkaContainer container = new KafkaContainer(DockerImageName.parse("apache/kafka:" + clientVersion()));
        container.start();
        return new ContainerBroker(container);
    }

    /** The kafka-clients version on the classpath, so broker and workers speak the same release. */
    static String clientVersion() {
        try (InputStream in = KafkaContainer.class.getClassLoader().getResourceAsStream("kafka/kafka-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("kafka-clients is not on the classpath");
            }
            Properties version = new Properties();
            version.load(in);
            return version.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }
}
