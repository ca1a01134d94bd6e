package dev.x3ups.ups.sink.ledger;

import dev.x3ups.records.ShipmentLedgerEntry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Appends ledger entries with the connector's own idempotent producer ({@code acks=all}). */
public final class KafkaLedgerLog implements LedgerLog {
    private final Producer<byte[], byte[]> producer;
    private final LedgerCodec codec;
    private final String topic;
    private final Executor callbacks;

    /**
     * @param callbacks where acknowledgements continue: the protocol's next step may append again, and a send
     *                  from the producer's own I/O thread could block it on a full buffer
     */
    KafkaLedgerLog(Producer<byte[], byte[]> producer, LedgerCodec codec, String topic, Executor callbacks) {
        this.producer = producer;
        this.codec = codec;
        this.topic = topic;
        this.callbacks = callbacks;
    }

    /** {@code overrides} may tune the producer, but idempotence and {@code acks=all} are not negotiable. */
    public static KafkaLedgerLog create(String bootstrapServers, String topic, Map<String, Object> overrides,
                                        String clientId, Executor callbacks) {
        Map<String, Object> props = new HashMap<>(overrides);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 2);
        props.putIfAbsent(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        return new KafkaLedgerLog(new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer()),
                new LedgerCodec(topic), topic, callbacks);
    }

    @Override
    public CompletableFuture<LedgerPosition> append(ShipmentLedgerEntry entry) {
        CompletableFuture<LedgerPosition> acked = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topic, codec.key(entry), codec.value(entry)), (metadata, error) -> {
                if (error != null) {
                    callbacks.execute(() -> acked.completeExceptionally(new LedgerWriteException(entry.orderKey(), error)));
                } else {
                    LedgerPosition position = new LedgerPosition(metadata.partition(), metadata.offset());
                    callbacks.execute(() -> acked.complete(position));
                }
            });
        } catch (RuntimeException e) {
            acked.completeExceptionally(new LedgerWriteException(entry.orderKey(), e));
        }
        return acked;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
