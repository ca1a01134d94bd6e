package dev.x3ups.it.labels;

import dev.x3ups.embedded.kafka.Isolation;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.DocumentFormat;
import dev.x3ups.records.DocumentKind;
import dev.x3ups.records.LabelDocument;
import dev.x3ups.records.LabelRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * One printer scenario: a labels topic of three partitions, two TCP printers (ATL, RNO) and a print directory
 * (MIS), a DLQ, and label records produced as the UPS sink produces them (JSON with schema, string key, the
 * partition chosen from the order key).
 */
final class LabelRun implements AutoCloseable {
    static final int PARTITIONS = 3;

    final ConnectCluster cluster;
    final String topic;
    final String dlq;
    final String connector;
    final PrinterListener atl = PrinterListener.start();
    final PrinterListener rno = PrinterListener.start();
    final Path mis;
    private final JsonConverter converter = new JsonConverter();
    private final KafkaProducer<byte[], byte[]> producer;

    LabelRun(ConnectCluster cluster, TestNames names) {
        this.cluster = cluster;
        this.topic = names.topic("ups.labels");
        this.dlq = names.topic("label-printer-dlq");
        this.connector = names.connector("label-printer");
        try {
            this.mis = Files.createTempDirectory("labels-mis");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        converter.configure(Map.of("schemas.enable", "true"), false);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer());
        cluster.topics().create(topic, PARTITIONS);
        cluster.topics().create(dlq, 1);
    }

    Map<String, String> config() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "dev.x3ups.labels.printer.LabelPrinterSinkConnector");
        config.put("tasks.max", "1");
        config.put("topics", topic);
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter.schemas.enable", "true");
        config.put("errors.tolerance", "all");
        config.put("errors.deadletterqueue.topic.name", dlq);
        config.put("errors.deadletterqueue.topic.replication.factor", "1");
        config.put("errors.deadletterqueue.context.headers.enable", "true");
        config.put("sites", "ATL,RNO,MIS");
        config.put("site.ATL.printer.type", "TCP");
        config.put("site.ATL.printer.host", "127.0.0.1");
        config.put("site.ATL.printer.port", Integer.toString(atl.port()));
        config.put("site.RNO.printer.type", "TCP");
        config.put("site.RNO.printer.host", "127.0.0.1");
        config.put("site.RNO.printer.port", Integer.toString(rno.port()));
        config.put("site.MIS.printer.type", "DIRECTORY");
        config.put("site.MIS.printer.directory", mis.toString());
        config.put("retry.backoff.ms", "100");
        config.put("retry.backoff.max.ms", "500");
        return config;
    }

    void create() {
        cluster.rest().createConnector(connector, config()).orThrow();
        ConnectorAwait.untilRunning(cluster.rest(), connector, 1);
    }

    void assertRunning() {
        ConnectorAwait.untilRunning(cluster.rest(), connector, 1);
    }

    /** The documents of one shipment: a ZPL label per package naming order and package. */
    static List<LabelDocument> shipment(String site, String order, int packages) {
        return java.util.stream.IntStream.rangeClosed(1, packages).mapToObj(n -> document(site, order, n, packages,
                DocumentFormat.ZPL)).toList();
    }

    static LabelDocument document(String site, String order, int sequence, int count, DocumentFormat format) {
        String tracking = "1Z999AA1" + order.replaceAll("\\D", "") + String.format("%03d", sequence);
        byte[] image = format == DocumentFormat.ZPL ? zpl(order, sequence).getBytes(StandardCharsets.US_ASCII)
                : ("%PDF-1.4 " + order).getBytes(StandardCharsets.US_ASCII);
        return new LabelDocument(tracking, "SEED:SALES:" + order, site, sequence, count, DocumentKind.LABEL, format,
                image, "S" + order, Instant.now(), false);
    }

    static String zpl(String order, int sequence) {
        return "^XA^FO50,50^A0N,40,40^FD" + order + " package " + sequence + "^FS^XZ";
    }

    void produce(List<LabelDocument> documents) {
        for (LabelDocument document : documents) {
            byte[] value = converter.fromConnectData(topic, LabelRecords.VALUE_SCHEMA, LabelRecords.toStruct(document));
            producer.send(new ProducerRecord<>(topic, LabelRecords.partition(document.orderKey(), PARTITIONS),
                    document.trackingNumber().getBytes(StandardCharsets.UTF_8), value));
        }
        producer.flush();
    }

    List<String> files() {
        try (Stream<Path> files = Files.list(mis)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            producer.close();
            atl.close();
            rno.close();
        }
    }
}
