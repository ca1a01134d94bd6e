package dev.x3ups.benchmarks.harness;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Records and value bytes of a topic, read from its beginning to the end it had when the read started. */
public final class TopicVolume {

    private long records;
    private long valueBytes;

    /** Reads the whole topic once; a topic that does not exist has no volume. */
    public static TopicVolume read(String bootstrapServers, String topic, Duration timeout) {
        TopicVolume volume = new TopicVolume();
        readAll(bootstrapServers, topic, timeout, record -> volume.add(record.value()));
        return volume;
    }

    /** Hands every record of the topic, from its beginning to the end it had when the read started, to {@code each}. */
    public static void readAll(String bootstrapServers, String topic, Duration timeout,
                               java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> each) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024)),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(topic + " not read to its end within " + timeout);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(each);
            }
        }
    }

    void add(byte[] value) {
        records++;
        valueBytes += value == null ? 0 : value.length;
    }

    public long records() {
        return records;
    }

    public long valueBytes() {
        return valueBytes;
    }

    /** Value bytes per item (per shipment, for the labels topic). */
    public double bytesPer(long items) {
        if (items <= 0) {
            throw new IllegalArgumentException("no items to divide by: " + items);
        }
        return (double) valueBytes / items;
    }
}
