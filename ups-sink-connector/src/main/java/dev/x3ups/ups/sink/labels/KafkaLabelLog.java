package dev.x3ups.ups.sink.labels;

import dev.x3ups.connect.LedgerClientConfig;
import dev.x3ups.records.LabelDocument;
import dev.x3ups.records.LabelRecords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * Writes label documents with the connector's own idempotent producer ({@code acks=all}, the ledger's client
 * settings): key = tracking number, value = Connect JSON with its schema, every document of an order on the
 * partition {@link LabelRecords#partition} picks, so a printer sees a shipment's documents together and in order.
 */
public final class KafkaLabelLog implements LabelLog {
    private final Producer<byte[], byte[]> producer;
    private final JsonConverter converter = new JsonConverter();
    private final String topic;
    private final Executor callbacks;

    KafkaLabelLog(Producer<byte[], byte[]> producer, String topic, Executor callbacks) {
        this.producer = producer;
        this.topic = topic;
        this.callbacks = callbacks;
        converter.configure(Map.of("schemas.enable", "true", "converter.type", "value"), false);
    }

    /** {@code overrides} are the {@code ledger.producer.*} settings; idempotence and {@code acks=all} stay. */
    public static KafkaLabelLog create(String bootstrapServers, String topic, Map<String, Object> overrides,
                                       String clientId, Executor callbacks) {
        Map<String, Object> props = LedgerClientConfig.writerProperties(bootstrapServers, overrides, clientId);
        return new KafkaLabelLog(new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer()),
                topic, callbacks);
    }

    @Override
    public CompletableFuture<Void> write(String orderKey, List<LabelDocument> documents) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        if (documents.isEmpty()) {
            acked.complete(null);
            return acked;
        }
        try {
            int partition = LabelRecords.partition(orderKey, producer.partitionsFor(topic).size());
            Countdown countdown = new Countdown(documents.size(), acked);
            for (LabelDocument document : documents) {
                producer.send(new ProducerRecord<>(topic, partition,
                        document.trackingNumber().getBytes(StandardCharsets.UTF_8), value(document)),
                        (metadata, error) -> callbacks.execute(() -> countdown.done(error)));
            }
        } catch (RuntimeException e) {
            acked.completeExceptionally(new LabelWriteException(orderKey, e));
        }
        return acked;
    }

    byte[] value(LabelDocument document) {
        return converter.fromConnectData(topic, LabelRecords.VALUE_SCHEMA, LabelRecords.toStruct(document));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    /** Completes {@code acked} after the last acknowledgement, or with the first error. */
    private static final class Countdown {
        private final CompletableFuture<Void> acked;
        private int left;

        Countdown(int count, CompletableFuture<Void> acked) {
            this.left = count;
            this.acked = acked;
        }

        synchronized void done(Exception error) {
            if (error != null) {
                acked.completeExceptionally(error);
            } else if (--left == 0) {
                acked.complete(null);
            }
        }
    }
}
