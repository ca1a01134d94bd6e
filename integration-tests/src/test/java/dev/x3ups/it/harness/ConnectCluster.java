package dev.x3ups.it.harness;

import dev.x3ups.embedded.connect.EmbeddedConnect;
import dev.x3ups.embedded.kafka.KafkaTopics;
import dev.x3ups.embedded.kafka.TopicReader;
import dev.x3ups.embedded.kafka.TopicWriter;
import dev.x3ups.embedded.rest.ConnectRestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * A broker plus a Connect cluster loading the plugin archive: what an integration test receives as a
 * parameter. Tests must use {@link TestNames} for topics and connectors when the cluster is shared.
 */
public final class ConnectCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectCluster.class);

    private final KafkaBroker broker;
    private final EmbeddedConnect connect;
    private final PluginArchive plugin;
    private final Duration startup;

    ConnectCluster(KafkaBroker broker, EmbeddedConnect connect, PluginArchive plugin, Duration startup) {
        this.broker = broker;
        this.connect = connect;
        this.plugin = plugin;
        this.startup = startup;
    }

    /** Starts the broker, then the workers; on failure stops whatever already runs. */
    static ConnectCluster start(ClusterSpec spec, PluginArchive plugin) {
        long started = System.nanoTime();
        KafkaBroker broker = spec.broker() == BrokerKind.TESTCONTAINERS ? ContainerBroker.start() : EmbeddedBroker.start();
        try {
            EmbeddedConnect connect = EmbeddedConnect.builder(broker.bootstrapServers())
                    .pluginPath(plugin.pluginPath())
                    .workers(spec.workers())
                    .exactlyOnceSource(spec.exactlyOnceSource())
                    .forkedWorkers(spec.forkedWorkers())
                    .workerConfig(spec.workerConfig())
                    .build()
                    .start();
            Duration startup = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("{} broker and {} worker(s) healthy in {} ms ({} ms after JVM start)", spec.broker(), spec.workers(),
                    startup.toMillis(), ManagementFactory.getRuntimeMXBean().getUptime());
            return new ConnectCluster(broker, connect, plugin, startup);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    /** Starts a fresh worker in the group if none is running any more. */
    synchronized void ensureWorkerRunning() {
        if (connect.runningWorkers().isEmpty()) {
            LOG.info("no worker of {} running any more; starting one", connect.groupId());
            connect.addWorker();
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** The workers: add, stop or inspect them. */
    public EmbeddedConnect connect() {
        return connect;
    }

    /** REST client of the first running worker. */
    public ConnectRestClient rest() {
        return connect.rest();
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

    public PluginArchive plugin() {
        return plugin;
    }

    /** How long broker plus workers took to become healthy. */
    public Duration startupTime() {
        return startup;
    }

    /** Workers first (each finishing its tasks), then the broker. */
    @Override
    public void close() {
        try {
            connect.close();
        } finally {
            broker.close();
        }
    }
}
