package dev.x3ups.it.upssink;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.embedded.connectors.PipelineConfigs;
import dev.x3ups.embedded.connectors.ShipFromSite;
import dev.x3ups.embedded.connectors.UpsConnection;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.Address;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.OrderLine;
import dev.x3ups.records.OrderRecords;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentRecords;
import dev.x3ups.ups.simulator.UpsSimulator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * One UPS sink scenario: a fresh UPS simulator, an orders topic, a ledger topic the connector creates itself,
 * a DLQ, and orders produced as the X3 source writes them (Structs through the JSON converter with schemas).
 */
final class UpsSinkRun implements AutoCloseable {
    static final String ACCOUNT = "A1B2C3";

    final UpsSimulator ups;
    final ConnectCluster cluster;
    final String orders;
    final String ledger;
    final String dlq;
    final String connector;
    private final String prefix;
    private final JsonConverter converter = new JsonConverter();

    private UpsSinkRun(UpsSimulator ups, ConnectCluster cluster, TestNames names) {
        this.ups = ups;
        this.cluster = cluster;
        this.orders = names.topic("x3.orders");
        this.ledger = names.topic("ups.shipments");
        this.dlq = names.topic("ups-sink-dlq");
        this.connector = names.connector("ups-sink");
        // order numbers unique per run (the shared broker outlives a test), keys within UPS's 35-character reference
        this.prefix = "S" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        converter.configure(Map.of("schemas.enable", "true"), false);
    }

    static UpsSinkRun start(ConnectCluster cluster, TestNames names, int orderPartitions) {
        return start(cluster, names, orderPartitions, null);
    }

    /** With the simulator's clock starting at {@code clockStart} (null: now). */
    static UpsSinkRun start(ConnectCluster cluster, TestNames names, int orderPartitions, Instant clockStart) {
        UpsSimulator ups = UpsSimulator.builder().port(0).accountNumber(ACCOUNT).seed(7).clockStart(clockStart)
                .start();
        UpsSinkRun run = new UpsSinkRun(ups, cluster, names);
        cluster.topics().create(run.orders, orderPartitions);
        cluster.topics().create(run.dlq, 1);
        return run;
    }

    Map<String, String> config() {
        return config(ShipFromSite.ATLANTA);
    }

    /** The sink's configuration shipping from (and receiving at) {@code sites}. */
    Map<String, String> config(ShipFromSite... sites) {
        UpsConnection api = new UpsConnection(ups.baseUrl(), "sim-client-id", "sim-client-secret");
        return PipelineConfigs.upsSink(api, orders, ledger, cluster.bootstrapServers()).deadLetterQueue(dlq)
                .with("consumer.override.max.poll.records", "100")
                .with("ups.retry.backoff.ms", "50").with("ups.retry.backoff.max.ms", "1000")
                .with("ledger.topic.partitions", "2").with("ledger.topic.replication.factor", "1")
                .with("reconcile.check.interval.ms", "300")
                .with("reconcile.reship.backoff.ms", "300").with("reconcile.reship.backoff.max.ms", "3000")
                .with("subscription.flush.interval.ms", "1000")
                .with(ShipFromSite.settings(ACCOUNT, sites)).build();
    }

    void create(Map<String, String> config) {
        cluster.rest().createConnector(connector, config).orThrow();
        ConnectorAwait.untilRunning(cluster.rest(), connector, Integer.parseInt(config.get("tasks.max")));
    }

    List<Order> orders(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> order(String.format("%s%05d", prefix, i),
                customer(), List.of(line(1, "IT0001", "2", "1.5", "KG")))).toList();
    }

    /** An order number unique to this run. */
    String number(String suffix) {
        return prefix + suffix;
    }

    Order order(String number, Address shipTo, List<OrderLine> lines) {
        return new Order(OrderKind.SALES, "SEED", number, "ATL", Instant.now().truncatedTo(ChronoUnit.MILLIS),
                "C0001", null, shipTo, lines, new BigDecimal("99.50"), "USD", "UGND", "UPS", "OPEN", "PO-" + number);
    }

    static Address customer() {
        return new Address("Peachtree Outfitters", "Jane Doe", "+1 404 555 0123", "jane@example.com",
                List.of("123 Main St"), "Alpharetta", "GA", "30005", "US", false);
    }

    static OrderLine line(int number, String item, String quantity, String unitWeight, String unit) {
        return new OrderLine(number, item, "Item " + item, new BigDecimal(quantity), "UN",
                unitWeight == null ? null : new BigDecimal(unitWeight), null, unit, null);
    }

    void produce(List<Order> batch) {
        for (Order order : batch) {
            Struct value = OrderRecords.toStruct(order);
            byte[] bytes = converter.fromConnectData(orders, OrderRecords.VALUE_SCHEMA, value);
            cluster.writer().produce(orders, order.key().getBytes(StandardCharsets.UTF_8), bytes);
        }
    }

    /** Latest ledger entry per order key, as the X3 sink would read it. */
    Map<String, ShipmentLedgerEntry> ledgerEntries() {
        Map<String, ShipmentLedgerEntry> latest = new LinkedHashMap<>();
        if (!cluster.topics().names().contains(ledger)) {
            return latest;
        }
        for (ConsumerRecord<byte[], byte[]> record : cluster.reader().readAll(ledger)) {
            if (record.value() == null) { // a tombstone: the order was retired
                latest.remove(new String(record.key(), StandardCharsets.UTF_8));
                continue;
            }
            Struct value = (Struct) converter.toConnectData(ledger, record.value()).value();
            ShipmentLedgerEntry entry = ShipmentRecords.fromStruct(value);
            latest.put(entry.orderKey(), entry);
        }
        return latest;
    }

    /** Writes an entry into the ledger as the sink itself would (e.g. a PENDING left behind by a crash). */
    void produceLedger(ShipmentLedgerEntry entry) {
        if (!cluster.topics().names().contains(ledger)) {
            cluster.topics().createCompacted(ledger, 1);
        }
        byte[] value = converter.fromConnectData(ledger, ShipmentRecords.VALUE_SCHEMA, ShipmentRecords.toStruct(entry));
        cluster.writer().produce(ledger, entry.orderKey().getBytes(StandardCharsets.UTF_8), value);
    }

    List<ShipmentLedgerEntry> allLedgerRecords() {
        List<ShipmentLedgerEntry> all = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : cluster.reader().readAll(ledger)) {
            all.add(ShipmentRecords.fromStruct((Struct) converter.toConnectData(ledger, record.value()).value()));
        }
        return all;
    }

    Map<String, ShipmentLedgerEntry> awaitFinal(List<Order> expected, Duration atMost) {
        List<String> keys = expected.stream().map(Order::key).toList();
        return await("ledger final for " + keys.size() + " orders").atMost(atMost).pollInterval(Duration.ofMillis(500))
                .until(this::ledgerEntries, entries -> keys.stream().allMatch(k -> entries.containsKey(k)
                        && entries.get(k).state().isFinal()));
    }

    int dlqRecords() {
        return cluster.reader().readAll(dlq).size();
    }

    /** Until the connector has committed offsets covering {@code records} records of the orders topic. */
    void awaitCommitted(long records) {
        await("offsets of " + connector + " committed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> committed() == records);
    }

    long committed() {
        long total = 0;
        JsonNode offsets = cluster.rest().offsets(connector).orThrow().path("offsets");
        for (JsonNode entry : offsets) {
            if (orders.equals(entry.path("partition").path("kafka_topic").asText())) {
                total += entry.path("offset").path("kafka_offset").asLong();
            }
        }
        return total;
    }

    @Override
    public void close() {
        cluster.rest().deleteConnector(connector);
        ups.close();
    }
}
