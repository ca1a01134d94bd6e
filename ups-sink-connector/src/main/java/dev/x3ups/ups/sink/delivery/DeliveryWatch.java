package dev.x3ups.ups.sink.delivery;

import dev.x3ups.connect.LedgerClientConfig;
import dev.x3ups.records.TrackingEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the tracking topic with the task's own consumer and hands final statuses to the {@link DeliveryRecorder}
 * (docs/architecture.md, "Retired orders coming back"). Every task reads every partition, in a consumer group of
 * its own per task index with committed offsets starting at the latest: a restart goes on where it stopped and a
 * first start does not read history. Each {@link #run} polls once; the offsets of a poll are committed once the
 * ledger acknowledged what it recorded, else the poll is read again next time. Runs on a thread of its own: it
 * waits for ledger acknowledgements, which the task's scheduler delivers.
 */
public final class DeliveryWatch implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWatch.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(10);
    /** How often the topic's partitions are looked up again (also while it is missing). */
    private static final Duration PARTITIONS_REFRESH = Duration.ofMinutes(1);
    private final Consumer<byte[], byte[]> consumer;
    private final String topic;
    private final TrackingEventDecoder decoder;
    private final DeliveryRecorder recorder;
    private final Runnable refreshLedger;
    private final Duration ackWait;
    private final LongSupplier nanoTime;
    private long partitionsCheckedAt;
    private boolean partitionsChecked;
    private boolean missingLogged;
    private boolean unreadableLogged;
    private volatile boolean closed;

    /**
     * @param refreshLedger reads the ledger's latest entries (another task may have shipped the order since this
     *                      task's last catch-up); run before a poll's final statuses are recorded
     */
    DeliveryWatch(Consumer<byte[], byte[]> consumer, String topic, DeliveryRecorder recorder, Runnable refreshLedger,
                  Duration ackWait, LongSupplier nanoTime) {
        this.consumer = consumer;
        this.topic = topic;
        this.decoder = new TrackingEventDecoder(topic);
        this.recorder = recorder;
        this.refreshLedger = refreshLedger;
        this.ackWait = ackWait;
        this.nanoTime = nanoTime;
    }

    /** @param overrides the {@code ledger.consumer.*} settings */
    public static DeliveryWatch create(String bootstrapServers, String topic, Map<String, Object> overrides,
                                       String clientId, String groupId, DeliveryRecorder recorder,
                                       Runnable refreshLedger, Duration ackWait) {
        return new DeliveryWatch(new KafkaConsumer<>(consumerProperties(bootstrapServers, overrides, clientId, groupId),
                new ByteArrayDeserializer(), new ByteArrayDeserializer()), topic, recorder, refreshLedger, ackWait,
                System::nanoTime);
    }

    /** The ledger reader's settings, in the task's own group, committing by hand, never creating the topic. */
    static Map<String, Object> consumerProperties(String bootstrapServers, Map<String, Object> overrides,
                                                  String clientId, String groupId) {
        Map<String, Object> props = new HashMap<>(LedgerClientConfig.readerProperties(bootstrapServers, overrides,
                clientId));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return props;
    }

    @Override
    public synchronized void run() {
        if (closed) {
            return;
        }
        ConsumerRecords<byte[], byte[]> records = ConsumerRecords.empty();
        try {
            if (!assigned()) {
                return;
            }
            records = consumer.poll(POLL);
            if (records.isEmpty()) {
                return;
            }
            record(events(records));
            consumer.commitSync(next(records), METADATA_TIMEOUT);
        } catch (WakeupException e) {
            if (!closed) {
                rewind(records);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            rewind(records);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warn("Delivery watch: could not record deliveries from {} ({}); reading them again", topic,
                    e.getMessage());
            rewind(records);
        }
    }

    /** Assigns the topic's partitions, looked up again every {@link #PARTITIONS_REFRESH}; false while it is missing. */
    private boolean assigned() {
        long now = nanoTime.getAsLong();
        if (partitionsChecked && now - partitionsCheckedAt < PARTITIONS_REFRESH.toNanos()) {
            return !consumer.assignment().isEmpty();
        }
        partitionsChecked = true;
        partitionsCheckedAt = now;
        List<PartitionInfo> infos;
        try {
            infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
        } catch (KafkaException e) {
            infos = null;
        }
        if (infos == null || infos.isEmpty()) {
            if (!missingLogged) {
                missingLogged = true;
                LOG.warn("Delivery watch: tracking topic {} does not exist (yet); deliveries are not recorded until "
                        + "it does (looked up again every {} s)", topic, PARTITIONS_REFRESH.toSeconds());
            }
            return !consumer.assignment().isEmpty();
        }
        List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        if (!consumer.assignment().containsAll(partitions)) {
            consumer.assign(partitions);
            partitions.forEach(consumer::position); // where this group left off, else the end: fixed now
            LOG.info("Delivery watch: reading {} partition(s) of {}", partitions.size(), topic);
        }
        return true;
    }

    private List<TrackingEvent> events(ConsumerRecords<byte[], byte[]> records) {
        List<TrackingEvent> events = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                TrackingEvent event = decoder.decode(record.value());
                if (event != null && recorder.concerns(event)) {
                    events.add(event);
                }
            } catch (RuntimeException e) {
                if (!unreadableLogged) {
                    unreadableLogged = true;
                    LOG.warn("Delivery watch: skipping unreadable record {}-{}@{} (further ones logged at DEBUG): {}",
                            topic, record.partition(), record.offset(), e.getMessage());
                } else {
                    LOG.debug("Delivery watch: skipping unreadable record {}-{}@{}: {}", topic, record.partition(),
                            record.offset(), e.getMessage());
                }
            }
        }
        return events;
    }

    private void record(List<TrackingEvent> events)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (events.isEmpty()) {
            return;
        }
        refreshLedger.run();
        List<CompletableFuture<Boolean>> written = new ArrayList<>();
        events.forEach(event -> written.add(recorder.record(event)));
        CompletableFuture.allOf(written.toArray(CompletableFuture[]::new))
                .get(ackWait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Map<TopicPartition, OffsetAndMetadata> next(ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<byte[], byte[]>> of = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(of.get(of.size() - 1).offset() + 1));
        }
        return offsets;
    }

    /** Back to the first record of a poll that was not recorded, so the next run reads it again. */
    private void rewind(ConsumerRecords<byte[], byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            try {
                consumer.seek(partition, records.records(partition).get(0).offset());
            } catch (IllegalStateException | KafkaException e) {
                LOG.debug("Delivery watch: cannot rewind {}: {}", partition, e.getMessage());
            }
        }
    }

    /** Stops a poll in progress from any thread; {@link #close} then releases the consumer. */
    public void wakeup() {
        closed = true;
        consumer.wakeup();
    }

    @Override
    @SuppressWarnings("deprecation") // close(Duration): CloseOptions exists only on Kafka 4.1+ workers
    public void close() {
        wakeup();
        synchronized (this) {
            try {
                consumer.close(Duration.ofSeconds(2));
            } catch (KafkaException e) {
                LOG.debug("Delivery watch: closing its consumer: {}", e.getMessage());
            }
        }
    }
}
