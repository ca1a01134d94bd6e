package dev.x3ups.benchmarks.harness;

import dev.x3ups.embedded.connect.EmbeddedConnect;
import dev.x3ups.embedded.kafka.EmbeddedKafka;
import dev.x3ups.embedded.rest.ConnectRestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One KRaft broker and one Connect worker loading the plugin archive, shared by every scenario of a
 * benchmark run (a cold start costs seconds; each scenario uses fresh topics and connector names).
 */
public final class Platform implements AutoCloseable {

    private final EmbeddedKafka kafka;
    private final EmbeddedConnect connect;
    private final AtomicInteger sequence = new AtomicInteger();

    private Platform(EmbeddedKafka kafka, EmbeddedConnect connect) {
        this.kafka = kafka;
        this.connect = connect;
    }

    public static Platform start(Path pluginPath) {
        if (!Files.isDirectory(pluginPath)) {
            throw new IllegalStateException("plugin path " + pluginPath.toAbsolutePath()
                    + " does not exist: build the distribution module first (mvn -B -ntp install -DskipTests)");
        }
        EmbeddedKafka kafka = EmbeddedKafka.create().start();
        try {
            EmbeddedConnect connect = EmbeddedConnect.builder(kafka.bootstrapServers())
                    .pluginPath(pluginPath)
                    .workerConfig("offset.flush.interval.ms", "500")
                    .build().start();
            return new Platform(kafka, connect);
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public ConnectRestClient rest() {
        return connect.rest();
    }

    /** A name unique in this run, for topics and connectors: {@code base-7}. */
    public String unique(String base) {
        return base + "-" + sequence.incrementAndGet();
    }

    @Override
    public void close() {
        try {
            connect.close();
        } finally {
            kafka.close();
        }
    }
}
