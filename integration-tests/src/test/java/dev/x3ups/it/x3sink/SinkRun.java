package dev.x3ups.it.x3sink;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.embedded.connectors.ConnectorConfigBuilder;
import dev.x3ups.embedded.connectors.PipelineConfigs;
import dev.x3ups.embedded.connectors.X3Connection;
import dev.x3ups.embedded.connectors.X3Login;
import dev.x3ups.embedded.kafka.Isolation;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentRecords;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingEventRecords;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * One sink scenario: a fresh X3 simulator, the two input topics and a DLQ of its own, and records
 * produced exactly as the upstream connectors produce them (Structs through the JSON converter with
 * schemas, string keys).
 */
final class SinkRun implements AutoCloseable {

    static final String API1_WRITES_CREATE = "writeback.create";
    static final String API1_WRITES_UPDATE = "writeback.update";
    static final String GRAPHQL_UPDATES = "graphql.x3Sales.salesOrder.update";

    final X3Simulator x3;
    final ConnectCluster cluster;
    final String shipments;
    final String tracking;
    final String dlq;
    final String connector;
    private final JsonConverter converter = new JsonConverter();

    private SinkRun(X3Simulator x3, ConnectCluster cluster, TestNames names) {
        this.x3 = x3;
        this.cluster = cluster;
        this.shipments = names.topic("ups.shipments");
        this.tracking = names.topic("ups.tracking");
        this.dlq = names.topic("x3-sink-dlq");
        this.connector = names.connector("x3-sink");
        converter.configure(Map.of("schemas.enable", "true"), false);
    }

    static SinkRun start(ConnectCluster cluster, TestNames names) {
        X3Simulator x3 = X3Simulator.builder().port(0).salesOrders(10).purchaseOrders(2).start();
        SinkRun run = new SinkRun(x3, cluster, names);
        cluster.topics().createCompacted(run.shipments, 1);
        cluster.topics().create(run.tracking, 1);
        cluster.topics().create(run.dlq, 1);
        return run;
    }

    /** api1 custom class YSHIPTRK with Basic auth, DLQ with context headers. */
    Map<String, String> api1Config() {
        return config(X3Login.basic(X3Simulator.DEFAULT_USER, X3Simulator.DEFAULT_PASSWORD)).build();
    }

    /** GraphQL salesOrder update mutation with a connected-application JWT. */
    Map<String, String> graphQlConfig() {
        return config(X3Login.jwt(X3Simulator.DEFAULT_USER, X3Simulator.DEFAULT_APP_ID, X3Simulator.DEFAULT_APP_SECRET))
                .with("x3.target", "GRAPHQL").build();
    }

    private ConnectorConfigBuilder config(X3Login login) {
        return PipelineConfigs.x3Sink(new X3Connection(x3.baseUrl(), "SEED", login), shipments, tracking)
                .deadLetterQueue(dlq).with("retry.backoff.ms", "50").with("retry.backoff.max.ms", "500");
    }

    void create(Map<String, String> config) {
        cluster.rest().createConnector(connector, config).orThrow();
        ConnectorAwait.untilRunning(cluster.rest(), connector, 1);
    }

    void assertRunning() {
        ConnectorAwait.untilRunning(cluster.rest(), connector, 1);
    }

    void produce(ShipmentLedgerEntry entry) {
        byte[] value = converter.fromConnectData(shipments, ShipmentRecords.VALUE_SCHEMA, ShipmentRecords.toStruct(entry));
        cluster.writer().produce(shipments, entry.orderKey().getBytes(StandardCharsets.UTF_8), value);
    }

    void produce(TrackingEvent event) {
        byte[] value = converter.fromConnectData(tracking, TrackingEventRecords.VALUE_SCHEMA,
                TrackingEventRecords.toStruct(event));
        cluster.writer().produce(tracking, event.trackingNumber().getBytes(StandardCharsets.UTF_8), value);
    }

    Optional<TrackingRecord> writeBack(String orderNumber) {
        return x3.admin().writeBack(orderNumber);
    }

    TrackingRecord awaitWriteBack(String orderNumber, String field, Object value) {
        return await("YSHIPTRK " + orderNumber + " " + field + " = " + value).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> writeBack(orderNumber).orElse(null),
                        r -> r != null && String.valueOf(value).equals(String.valueOf(r.get(field))));
    }

    /** Successful write-backs through api1 and GraphQL alike. */
    long writes() {
        return x3.counters().get(API1_WRITES_CREATE) + x3.counters().get(API1_WRITES_UPDATE);
    }

    /** Until the connector has committed offsets covering every record of both topics. */
    void awaitCommitted(long shipmentRecords, long trackingRecords) {
        await("offsets of " + connector + " committed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> committed(shipments) == shipmentRecords && committed(tracking) == trackingRecords);
    }

    private long committed(String topic) {
        JsonNode offsets = cluster.rest().offsets(connector).orThrow().path("offsets");
        for (JsonNode entry : offsets) {
            if (topic.equals(entry.path("partition").path("kafka_topic").asText())) {
                return entry.path("offset").path("kafka_offset").asLong();
            }
        }
        return 0;
    }

    List<ConsumerRecord<byte[], byte[]>> deadLetters() {
        return cluster.reader().readAll(dlq, Isolation.READ_UNCOMMITTED);
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            cluster.rest().deleteConnector(connector);
            ConnectorAwait.untilDeleted(cluster.rest(), connector);
        } finally {
            x3.close();
        }
    }
}
