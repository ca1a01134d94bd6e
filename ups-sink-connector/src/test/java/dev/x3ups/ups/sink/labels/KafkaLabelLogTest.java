package dev.x3ups.ups.sink.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.DocumentFormat;
import dev.x3ups.records.DocumentKind;
import dev.x3ups.records.LabelDocument;
import dev.x3ups.records.LabelRecords;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;

class KafkaLabelLogTest {
    private static final String TOPIC = "labels";
    private static final Node NODE = new Node(0, "localhost", 9092);
    private final MockProducer<byte[], byte[]> producer = new MockProducer<>(new Cluster("c", List.of(NODE),
            IntStream.range(0, 3).mapToObj(p -> new PartitionInfo(TOPIC, p, NODE, new Node[] {NODE}, new Node[] {NODE}))
                    .toList(), Set.of(), Set.of()), false, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final KafkaLabelLog log = new KafkaLabelLog(producer, TOPIC, Runnable::run);

    @Test
    void aShipmentsDocumentsGoInOrderToTheOrdersPartitionKeyedByTrackingNumberAndAckedTogether() throws Exception {
        String orderKey = "SEED:SALES:SO000042";
        List<LabelDocument> documents = List.of(document(orderKey, "1ZA1", 1), document(orderKey, "1ZA2", 2));

        var acked = log.write(orderKey, documents);
        producer.completeNext();
        assertThat(acked).as("one of two acknowledged").isNotDone();
        producer.completeNext();
        acked.get();

        JsonConverter converter = new JsonConverter();
        converter.configure(Map.of("schemas.enable", "true"), false);
        assertThat(producer.history()).hasSize(2).allSatisfy(r -> {
            assertThat(r.topic()).isEqualTo(TOPIC);
            assertThat(r.partition()).isEqualTo(LabelRecords.partition(orderKey, 3));
        });
        assertThat(producer.history()).extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
                .containsExactly("1ZA1", "1ZA2");
        LabelDocument read = LabelRecords.fromStruct((Struct) converter.toConnectData(TOPIC,
                producer.history().get(1).value()).value());
        assertThat(read).isEqualTo(documents.get(1));
    }

    @Test
    void aRefusedDocumentFailsTheShipmentsWrite() {
        String orderKey = "SEED:SALES:SO000043";
        var acked = log.write(orderKey, List.of(document(orderKey, "1ZB1", 1)));
        producer.errorNext(new org.apache.kafka.common.errors.TimeoutException("no broker"));

        assertThatThrownBy(acked::get).isInstanceOf(ExecutionException.class).hasMessageContaining("no broker");
    }

    private static LabelDocument document(String orderKey, String tracking, int sequence) {
        return new LabelDocument(tracking, orderKey, "ATL", sequence, 2, DocumentKind.LABEL, DocumentFormat.ZPL,
                ("^XA^FD" + tracking + "^FS^XZ").getBytes(StandardCharsets.US_ASCII), "1ZA1",
                Instant.parse("2026-12-07T12:00:00Z"), false);
    }
}
