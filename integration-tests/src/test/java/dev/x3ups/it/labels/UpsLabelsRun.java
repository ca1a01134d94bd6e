package dev.x3ups.it.labels;

import static org.awaitility.Awaitility.await;

import dev.x3ups.embedded.connectors.PipelineConfigs;
import dev.x3ups.embedded.connectors.ShipFromSite;
import dev.x3ups.embedded.connectors.UpsConnection;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.Address;
import dev.x3ups.records.LabelDocument;
import dev.x3ups.records.LabelRecords;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * The UPS sink and the label printer sink together: a UPS simulator, an orders topic, the ledger and labels
 * topics the UPS sink creates itself, and one raw-TCP printer each for Atlanta and Reno.
 */
final class UpsLabelsRun implements AutoCloseable {
    static final String ACCOUNT = "A1B2C3";

    final UpsSimulator ups = UpsSimulator.builder().port(0).accountNumber(ACCOUNT).seed(11).start();
    final ConnectCluster cluster;
    final String orders;
    final String ledger;
    final String labels;
    final String sink;
    final String printer;
    final PrinterListener atl = PrinterListener.start();
    final PrinterListener rno = PrinterListener.start();
    private final String prefix;
    private final JsonConverter converter = new JsonConverter();

    UpsLabelsRun(ConnectCluster cluster, TestNames names) {
        this.cluster = cluster;
        this.orders = names.topic("x3.orders");
        this.ledger = names.topic("ups.shipments");
        this.labels = names.topic("ups.labels");
        this.sink = names.connector("ups-sink");
        this.printer = names.connector("label-printer");
        this.prefix = "L" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        converter.configure(Map.of("schemas.enable", "true"), false);
        cluster.topics().create(orders, 2);
    }

    Map<String, String> sinkConfig() {
        UpsConnection api = new UpsConnection(ups.baseUrl(), "sim-client-id", "sim-client-secret");
        return PipelineConfigs.upsSink(api, orders, ledger, cluster.bootstrapServers())
                .with("ups.retry.backoff.ms", "50").with("ups.retry.backoff.max.ms", "1000")
                .with("ledger.topic.partitions", "2").with("ledger.topic.replication.factor", "1")
                .with("reconcile.check.interval.ms", "300")
                .with("reconcile.reship.backoff.ms", "300").with("reconcile.reship.backoff.max.ms", "3000")
                .with("subscription.enabled", "false")
                .with("labels.topic", labels).with("labels.topic.partitions", "3")
                .with("label.format", "ZPL")
                // one 20 kg piece per package
                .with("package.max.weight", "25").with("package.max.weight.unit", "KG")
                .with(ShipFromSite.settings(ACCOUNT, ShipFromSite.ATLANTA, ShipFromSite.RENO)).build();
    }

    Map<String, String> printerConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "dev.x3ups.labels.printer.LabelPrinterSinkConnector");
        config.put("tasks.max", "1");
        config.put("topics", labels);
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter.schemas.enable", "true");
        config.put("sites", "ATL,RNO");
        config.put("site.ATL.printer.type", "TCP");
        config.put("site.ATL.printer.host", "127.0.0.1");
        config.put("site.ATL.printer.port", Integer.toString(atl.port()));
        config.put("site.RNO.printer.type", "TCP");
        config.put("site.RNO.printer.host", "127.0.0.1");
        config.put("site.RNO.printer.port", Integer.toString(rno.port()));
        config.put("retry.backoff.ms", "100");
        config.put("retry.backoff.max.ms", "500");
        return config;
    }

    void createSink(Map<String, String> config) {
        cluster.rest().createConnector(sink, config).orThrow();
        ConnectorAwait.untilRunning(cluster.rest(), sink, 1);
    }

    /** The printer reads the labels topic, which the UPS sink creates: start it once the topic exists. */
    void createPrinter() {
        await("labels topic created").atMost(Duration.ofSeconds(60))
                .until(() -> cluster.topics().names().contains(labels));
        cluster.rest().createConnector(printer, printerConfig()).orThrow();
        ConnectorAwait.untilRunning(cluster.rest(), printer, 1);
    }

    /** Sales order {@code i} of this run, from {@code site}, with {@code packages} 20 kg pieces. */
    Order sales(int i, String site, int packages) {
        return new Order(OrderKind.SALES, "SEED", String.format("%s%04d", prefix, i), site,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "C0001", null, customer(),
                List.of(line(packages)), new BigDecimal("99.50"), "USD", "UGND", "UPS", "OPEN", "PO-" + i);
    }

    /** A purchase order received at {@code site} from a supplier with the given e-mail. */
    Order purchase(int i, String site, String supplierEmail) {
        Address supplier = new Address("Carpet Mills of Dalton", "Shipping", "+1 706 555 0199", supplierEmail,
                List.of("800 Industrial Blvd"), "Dalton", "GA", "30720", "US", false);
        return new Order(OrderKind.PURCHASE, "SEED", String.format("P%s%03d", prefix, i), site,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "S0001", supplier, null, List.of(line(1)),
                new BigDecimal("250.00"), "USD", "UGND", "UPS", "OPEN", null);
    }

    private static Address customer() {
        return new Address("Peachtree Outfitters", "Jane Doe", "+1 404 555 0123", "jane@example.com",
                List.of("123 Main St"), "Alpharetta", "GA", "30005", "US", false);
    }

    private static OrderLine line(int pieces) {
        return new OrderLine(1, "IT0001", "Item IT0001", new BigDecimal(pieces), "UN", new BigDecimal("20"), null,
                "KG", null);
    }

    void produce(List<Order> batch) {
        for (Order order : batch) {
            byte[] bytes = converter.fromConnectData(orders, OrderRecords.VALUE_SCHEMA, OrderRecords.toStruct(order));
            cluster.writer().produce(orders, order.key().getBytes(StandardCharsets.UTF_8), bytes);
        }
    }

    Map<String, ShipmentLedgerEntry> ledgerEntries() {
        Map<String, ShipmentLedgerEntry> latest = new LinkedHashMap<>();
        if (!cluster.topics().names().contains(ledger)) {
            return latest;
        }
        for (ConsumerRecord<byte[], byte[]> record : cluster.reader().readAll(ledger)) {
            ShipmentLedgerEntry entry = ShipmentRecords.fromStruct(
                    (Struct) converter.toConnectData(ledger, record.value()).value());
            latest.put(entry.orderKey(), entry);
        }
        return latest;
    }

    Map<String, ShipmentLedgerEntry> awaitFinal(List<Order> expected, Duration atMost) {
        List<String> keys = expected.stream().map(Order::key).toList();
        return await("ledger final for " + keys.size() + " orders").atMost(atMost).pollInterval(Duration.ofMillis(500))
                .until(this::ledgerEntries, entries -> keys.stream().allMatch(k -> entries.containsKey(k)
                        && entries.get(k).state().isFinal()));
    }

    /** Every record on the labels topic (key = its tracking number) with its partition, in offset order per partition. */
    List<Placed> labelRecords() {
        List<Placed> all = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : cluster.reader().readAll(labels)) {
            LabelDocument document = LabelRecords.fromStruct(
                    (Struct) converter.toConnectData(labels, record.value()).value());
            all.add(new Placed(record.partition(), record.offset(), document));
        }
        return all;
    }

    record Placed(int partition, long offset, LabelDocument document) {
    }

    @Override
    public void close() {
        try {
            cluster.rest().deleteConnector(printer);
            cluster.rest().deleteConnector(sink);
        } finally {
            ups.close();
            atl.close();
            rno.close();
        }
    }
}
