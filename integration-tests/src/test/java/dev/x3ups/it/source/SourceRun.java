package dev.x3ups.it.source;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.embedded.connectors.PipelineConfigs;
import dev.x3ups.embedded.connectors.X3Connection;
import dev.x3ups.embedded.connectors.X3Login;
import dev.x3ups.embedded.kafka.Isolation;
import dev.x3ups.embedded.kafka.TopicReader;
import dev.x3ups.embedded.rest.ConnectRestClient;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.x3.simulator.X3Simulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One source scenario: a fresh X3 simulator without seed orders, a topic and a connector name of its
 * own on the given cluster, and helpers to read back which orders (key, revision) reached the topic.
 */
final class SourceRun implements AutoCloseable {

    static final String CONNECTOR_CLASS = PipelineConfigs.X3_SOURCE;

    final X3Simulator x3;
    final ConnectCluster cluster;
    final String topic;
    final String connector;

    private SourceRun(X3Simulator x3, ConnectCluster cluster, String topic, String connector) {
        this.x3 = x3;
        this.cluster = cluster;
        this.topic = topic;
        this.connector = connector;
    }

    static SourceRun start(ConnectCluster cluster, TestNames names) {
        X3Simulator x3 = X3Simulator.builder().port(0).salesOrders(0).purchaseOrders(0).start();
        String topic = names.topic("x3.orders");
        cluster.topics().create(topic, 1);
        return new SourceRun(x3, cluster, topic, names.connector("x3-source"));
    }

    /** REST api1 with Basic auth, both entities, short intervals. */
    Map<String, String> restConfig() {
        return config(X3Login.basic(X3Simulator.DEFAULT_USER, X3Simulator.DEFAULT_PASSWORD), "REST");
    }

    /** GraphQL with a connected-application JWT. */
    Map<String, String> graphQlConfig() {
        return config(X3Login.jwt(X3Simulator.DEFAULT_USER, X3Simulator.DEFAULT_APP_ID, X3Simulator.DEFAULT_APP_SECRET),
                "GRAPHQL");
    }

    private Map<String, String> config(X3Login login, String transport) {
        return PipelineConfigs.x3Source(new X3Connection(x3.baseUrl(), "SEED", login), topic).tasks(2)
                .with("value.converter.schemas.enable", "false").with("x3.transport", transport)
                .with("poll.interval.ms", "300").with("page.size", "20")
                .with("retry.backoff.ms", "100").with("retry.backoff.max.ms", "1000").build();
    }

    ConnectRestClient rest() {
        return cluster.rest();
    }

    void create(Map<String, String> config, int tasks) {
        rest().createConnector(connector, config).orThrow();
        ConnectorAwait.untilRunning(rest(), connector, tasks);
    }

    /** Every (key, revision) on the topic, in topic order, reading committed records only. */
    List<Seen> seen() {
        List<Seen> seen = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : new TopicReader(cluster.bootstrapServers())
                .readAll(topic, Isolation.READ_COMMITTED)) {
            JsonNode value = TopicReader.parse(record.value());
            seen.add(new Seen(new String(record.key(), StandardCharsets.UTF_8), value.path("revision").asLong(),
                    value));
        }
        return seen;
    }

    Set<String> keys() {
        return seen().stream().map(Seen::key).collect(Collectors.toSet());
    }

    /** Waits until every key is on the topic. */
    void awaitKeys(Collection<String> keys) {
        await("orders " + keys.size() + " on " + topic).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> keys().containsAll(keys));
    }

    /**
     * Waits until the connector has walked X3 {@code walks} more times after now, so anything it would
     * wrongly emit again has had the chance to show up.
     */
    void awaitMoreQueries(String counter, int walks) {
        long before = x3.counters().get(counter);
        await("connector queries X3 again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> x3.counters().get(counter) >= before + walks);
    }

    @Override
    public void close() {
        rest().deleteConnector(connector);
        ConnectorAwait.untilDeleted(rest(), connector);
        x3.close();
    }

    record Seen(String key, long revision, JsonNode value) {
    }
}
