package dev.x3ups.ups.sink.pickup;

import dev.x3ups.connect.LedgerClientConfig;
import dev.x3ups.records.PickupRecord;
import dev.x3ups.records.PickupRecords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ups.pickups} through the ledger's client settings: an idempotent {@code acks=all} producer, and a reader
 * without a group that reads the topic once from the beginning when the task starts (only the site's owning task
 * writes its records afterwards, so it needs no tailing).
 */
final class KafkaPickupLog implements PickupLog {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaPickupLog.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private final Producer<byte[], byte[]> producer;
    private final Map<String, Object> readerProps;
    private final PickupRecords.Codec codec;
    private final String topic;
    private final Duration readTimeout;

    private KafkaPickupLog(Producer<byte[], byte[]> producer, Map<String, Object> readerProps, String topic,
                           Duration readTimeout) {
        this.producer = producer;
        this.readerProps = readerProps;
        this.codec = new PickupRecords.Codec(topic);
        this.topic = topic;
        this.readTimeout = readTimeout;
    }

    static KafkaPickupLog create(String bootstrapServers, String topic, Map<String, Object> producerOverrides,
                                 Map<String, Object> consumerOverrides, String clientId, Duration readTimeout) {
        Map<String, Object> writer = LedgerClientConfig.writerProperties(bootstrapServers, producerOverrides, clientId);
        return new KafkaPickupLog(new KafkaProducer<>(writer, new ByteArraySerializer(), new ByteArraySerializer()),
                LedgerClientConfig.readerProperties(bootstrapServers, consumerOverrides, clientId + "-reader"), topic,
                readTimeout);
    }

    @Override
    public Map<String, PickupRecord> readAll() {
        Map<String, PickupRecord> records = new HashMap<>();
        Instant deadline = Instant.now().plus(readTimeout);
        try (Consumer<byte[], byte[]> consumer = new KafkaConsumer<>(readerProps, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, readTimeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, readTimeout);
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (Instant.now().isAfter(deadline)) {
                    throw new ConnectException("could not read pickups topic " + topic + " within " + readTimeout);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    apply(records, record);
                }
            }
        }
        return records;
    }

    private void apply(Map<String, PickupRecord> records, ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null) {
            return;
        }
        String key = new String(record.key(), StandardCharsets.UTF_8);
        try {
            PickupRecord value = codec.record(record.value());
            if (value == null) {
                records.remove(key);
            } else {
                records.put(key, value);
            }
        } catch (RuntimeException e) {
            LOG.warn("Skipping unreadable pickup record at {}-{}@{}: {}", topic, record.partition(), record.offset(),
                    e.getMessage());
        }
    }

    @Override
    public void append(PickupRecord record) {
        send(record.key(), codec.key(record), codec.value(record));
    }

    @Override
    public void remove(String key) {
        send(key, key.getBytes(StandardCharsets.UTF_8), null);
    }

    private void send(String key, byte[] keyBytes, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, keyBytes, value)).get(SEND_TIMEOUT.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PickupWriteException(key, e);
        } catch (ExecutionException e) {
            throw new PickupWriteException(key, e.getCause());
        } catch (TimeoutException | RuntimeException e) {
            throw new PickupWriteException(key, e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
