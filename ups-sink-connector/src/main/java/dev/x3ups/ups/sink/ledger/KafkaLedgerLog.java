package dev.x3ups.ups.sink.ledger;

import dev.x3ups.connect.LedgerClientConfig;
import dev.x3ups.records.ShipmentLedgerCodec;
import dev.x3ups.records.ShipmentLedgerEntry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Appends ledger entries with the connector's own idempotent producer ({@code acks=all}). */
public final class KafkaLedgerLog implements LedgerLog {
    private final Producer<byte[], byte[]> producer;
    private final ShipmentLedgerCodec codec;
    private final String topic;
    private final Executor callbacks;

    /**
     * @param callbacks where acknowledgements continue: the protocol's next step may append again, and a send
     *                  from the producer's own I/O thread could block it on a full buffer
     */
    KafkaLedgerLog(Producer<byte[], byte[]> producer, ShipmentLedgerCodec codec, String topic, Executor callbacks) {
        this.producer = producer;
        this.codec = codec;
        this.topic = topic;
        this.callbacks = callbacks;
    }

    /** {@code overrides} may tune the producer, but idempotence and {@code acks=all} are not negotiable. */
    public static KafkaLedgerLog create(String bootstrapServers, String topic, Map<String, Object> overrides,
                                        String clientId, Executor callbacks) {
        Map<String, Object> props = LedgerClientConfig.writerProperties(bootstrapServers, overrides, clientId);
        return new KafkaLedgerLog(new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer()),
                new ShipmentLedgerCodec(topic), topic, callbacks);
    }

    @Override
    public CompletableFuture<LedgerPosition> append(ShipmentLedgerEntry entry) {
        return send(entry.orderKey(), codec.key(entry), codec.value(entry));
    }

    @Override
    public CompletableFuture<LedgerPosition> tombstone(String orderKey) {
        return send(orderKey, orderKey.getBytes(StandardCharsets.UTF_8), null);
    }

    private CompletableFuture<LedgerPosition> send(String orderKey, byte[] key, byte[] value) {
        CompletableFuture<LedgerPosition> acked = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topic, key, value), (metadata, error) -> {
                if (error != null) {
                    callbacks.execute(() -> acked.completeExceptionally(new LedgerWriteException(orderKey, error)));
                } else {
                    LedgerPosition position = new LedgerPosition(metadata.partition(), metadata.offset());
                    callbacks.execute(() -> acked.complete(position));
                }
            });
        } catch (RuntimeException e) {
            acked.completeExceptionally(new LedgerWriteException(orderKey, e));
        }
        return acked;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
