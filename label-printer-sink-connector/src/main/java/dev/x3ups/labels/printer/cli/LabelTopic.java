package dev.x3ups.labels.printer.cli;

import dev.x3ups.records.LabelDocument;
import dev.x3ups.records.LabelRecords;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * Reads {@code ups.labels} from the beginning to its current end, without a consumer group (nothing is committed),
 * decoding values as the label printer's worker does (JSON with schemas). Records that are no label document
 * are skipped.
 */
final class LabelTopic {
    interface Source {
        void readAll(Consumer<LabelDocument> documents);
    }

    private LabelTopic() {
    }

    static Source kafka(Properties consumerConfig, String topic, Duration timeout) {
        return documents -> read(consumerConfig, topic, timeout, documents);
    }

    private static void read(Properties config, String topic, Duration timeout, Consumer<LabelDocument> documents) {
        JsonConverter converter = new JsonConverter();
        converter.configure(Map.of("schemas.enable", "true"), false);
        readToEnd(config, topic, timeout, record -> {
            LabelDocument document = decode(converter, topic, record.value());
            if (document != null) {
                documents.accept(document);
            }
        });
    }

    /** Every record of {@code topic} from the beginning to its end as it was when reading started. */
    static void readToEnd(Properties config, String topic, Duration timeout,
                          Consumer<ConsumerRecord<byte[], byte[]>> records) {
        Properties props = new Properties();
        props.putAll(config);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            if (partitions.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist");
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("could not read " + topic + " to its end within " + timeout);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records);
            }
        }
    }

    private static LabelDocument decode(JsonConverter converter, String topic, byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            SchemaAndValue data = converter.toConnectData(topic, value);
            return data.value() instanceof Struct struct ? LabelRecords.fromStruct(struct) : null;
        } catch (DataException e) {
            return null;
        }
    }
}
