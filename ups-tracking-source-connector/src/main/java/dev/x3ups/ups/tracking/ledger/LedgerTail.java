package dev.x3ups.ups.tracking.ledger;

import dev.x3ups.connect.LedgerClientConfig;
import dev.x3ups.records.ShipmentLedgerCodec;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connector's own consumer on the compacted {@code ups.shipments} topic: reads it from the beginning into a
 * {@link LedgerView} and keeps following it. No consumer group (assign, not subscribe): every task start reads
 * the whole compacted ledger, which is one small entry per order.
 */
public final class LedgerTail implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerTail.class);
    private final Consumer<byte[], byte[]> consumer;
    private final String topic;
    private final ShipmentLedgerCodec codec;
    private final LedgerView view;
    private final Thread thread;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile boolean running = true;

    LedgerTail(Consumer<byte[], byte[]> consumer, String topic, LedgerView view) {
        this.consumer = consumer;
        this.topic = topic;
        this.codec = new ShipmentLedgerCodec(topic);
        this.view = view;
        this.thread = new Thread(this, "ups-tracking-ledger-tail");
        this.thread.setDaemon(true);
    }

    /** @param overrides the {@code ledger.consumer.*} settings (security, timeouts) */
    public static LedgerTail start(String bootstrapServers, Map<String, Object> overrides, String topic,
                                   LedgerView view) {
        Map<String, Object> props = LedgerClientConfig.readerProperties(bootstrapServers, overrides,
                "ups-tracking-ledger-" + topic);
        LedgerTail tail = new LedgerTail(new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer()), topic, view);
        tail.thread.start();
        return tail;
    }

    @Override
    public void run() {
        try {
            List<TopicPartition> partitions = awaitPartitions();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    apply(record);
                }
                if (!ends.isEmpty()) {
                    ends.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
                    if (ends.isEmpty()) {
                        view.markCaughtUp();
                        LOG.info("Ledger {} read: {} tracking numbers known", topic, view.size());
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("Ledger tail on {} stopped; order keys can no longer be looked up", topic, e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private List<TopicPartition> awaitPartitions() {
        while (running) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            if (!partitions.isEmpty()) {
                return partitions;
            }
            // the UPS sink has not created the ledger yet: nothing to know, keep asking
            view.markCaughtUp();
            try {
                if (stopSignal.await(500, TimeUnit.MILLISECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new WakeupException();
    }

    private void apply(ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null) {
            return;
        }
        String orderKey = ShipmentLedgerCodec.orderKey(record.key());
        try {
            view.apply(orderKey, codec.entry(record.value()));
        } catch (RuntimeException e) {
            LOG.warn("Ledger record {}-{}@{} unreadable, skipped: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }

    @Override
    public void close() {
        running = false;
        stopSignal.countDown();
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
