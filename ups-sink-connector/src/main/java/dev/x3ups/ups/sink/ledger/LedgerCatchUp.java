package dev.x3ups.ups.sink.ledger;

import dev.x3ups.connect.LedgerClientConfig;
import dev.x3ups.records.ShipmentLedgerCodec;
import dev.x3ups.records.ShipmentLedgerEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code ups.shipments} with the connector's own consumer (no group: every task sees every partition) into
 * the {@link ShipmentLedger}, up to the end offsets taken when {@link #catchUp} is called. Incremental: each call
 * continues where the previous stopped.
 */
public final class LedgerCatchUp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerCatchUp.class);
    private final Consumer<byte[], byte[]> consumer;
    private final ShipmentLedgerCodec codec;
    private final String topic;
    private final ShipmentLedger ledger;
    private boolean assigned;

    LedgerCatchUp(Consumer<byte[], byte[]> consumer, ShipmentLedgerCodec codec, String topic, ShipmentLedger ledger) {
        this.consumer = consumer;
        this.codec = codec;
        this.topic = topic;
        this.ledger = ledger;
    }

    public static LedgerCatchUp create(String bootstrapServers, String topic, Map<String, Object> overrides,
                                       String clientId, ShipmentLedger ledger) {
        Map<String, Object> props = LedgerClientConfig.readerProperties(bootstrapServers, overrides, clientId);
        return new LedgerCatchUp(new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer()),
                new ShipmentLedgerCodec(topic), topic, ledger);
    }

    /** Applies every entry up to the current end offsets; gives up with a {@link ConnectException} after {@code timeout}. */
    public synchronized int catchUp(Duration timeout, BooleanSupplier stopping) {
        Instant deadline = Instant.now().plus(timeout);
        if (!assigned) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            assigned = true;
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), timeout);
        int applied = 0;
        try {
            while (!reached(end)) {
                if (stopping.getAsBoolean()) {
                    return applied;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new ConnectException("could not read ledger topic " + topic + " to its end within " + timeout);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    ledger.applyFromLog(ShipmentLedgerCodec.orderKey(record.key()), entryOf(record),
                            new LedgerPosition(record.partition(), record.offset()));
                    applied++;
                }
            }
        } catch (WakeupException | InterruptException e) {
            throw new ConnectException("interrupted while reading ledger topic " + topic, e);
        }
        return applied;
    }

    private boolean reached(Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private ShipmentLedgerEntry entryOf(ConsumerRecord<byte[], byte[]> record) {
        try {
            return codec.entry(record.value());
        } catch (RuntimeException e) {
            LOG.warn("Skipping unreadable ledger record at {}-{}@{}: {}", topic, record.partition(), record.offset(),
                    e.getMessage());
            return null;
        }
    }

    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    @SuppressWarnings("deprecation") // deprecated since 4.1 in favour of close(CloseOptions), which 3.7 to 4.0 lack
    public synchronized void close() {
        // close(Duration), not close(CloseOptions): CloseOptions exists only on Kafka 4.1+ workers
        consumer.close(Duration.ofSeconds(2));
    }
}
