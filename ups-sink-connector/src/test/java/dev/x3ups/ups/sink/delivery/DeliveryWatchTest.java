package dev.x3ups.ups.sink.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingEventRecords;
import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.support.MemoryLedgerLog;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;

class DeliveryWatchTest {
    private static final String TOPIC = "ups.tracking";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);
    private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("latest");
    private final MemoryLedgerLog log = new MemoryLedgerLog();
    private final ShipmentLedger ledger = new ShipmentLedger(log);
    private final LedgerEntries entries = new LedgerEntries(Clock.fixed(SinkOrders.REVISION, ZoneOffset.UTC));
    private final SinkMetrics metrics = new SinkMetrics();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final DeliveryWatch watch = new DeliveryWatch(consumer, TOPIC,
            new DeliveryRecorder(ledger, key -> true, metrics), refreshes::incrementAndGet, Duration.ofSeconds(5),
            nanos::get);
    private final JsonConverter converter = new JsonConverter();

    DeliveryWatchTest() {
        converter.configure(Map.of("schemas.enable", "true", "converter.type", "value"), false);
    }

    private void topicExists() {
        Node node = new Node(0, "localhost", 9092);
        consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, node, null, null),
                new PartitionInfo(TOPIC, 1, node, null, null)));
        consumer.updateEndOffsets(Map.of(P0, 10L, P1, 0L));
    }

    private byte[] json(TrackingEvent event) {
        return converter.fromConnectData(TOPIC, TrackingEventRecords.VALUE_SCHEMA, TrackingEventRecords.toStruct(event));
    }

    private String shipped(String number, String trackingNumber) {
        Order order = SinkOrders.order(number);
        ledger.write(entries.created(order, "d", order.key(), "S" + number, List.of(trackingNumber), "03", null, null))
                .join();
        return order.key();
    }

    private void arrives(TopicPartition partition, long offset, byte[] value) {
        consumer.addRecord(new ConsumerRecord<>(TOPIC, partition.partition(), offset, null, value));
    }

    @Test
    void startsAtTheEndRecordsDeliveriesAndCommitsWhatItRead() {
        topicExists();
        String key = shipped("SO1", "1ZA");
        watch.run();
        assertThat(consumer.assignment()).containsExactlyInAnyOrder(P0, P1);
        assertThat(consumer.position(P0)).as("a first start does not read history").isEqualTo(10L);

        arrives(P0, 10, json(DeliveryRecorderTest.event(key, "1ZA", "I", "IT", null)));
        arrives(P0, 11, "not json".getBytes(StandardCharsets.UTF_8));
        arrives(P0, 12, null);
        arrives(P1, 0, json(DeliveryRecorderTest.event(key, "1ZA", "D", "KB", null)));
        watch.run();

        assertThat(ledger.get(key).map(ShipmentLedgerEntry::deliveredAt)).contains(DeliveryRecorderTest.SCANNED);
        assertThat(metrics.deliveriesRecordedTotal()).isEqualTo(1);
        assertThat(refreshes).hasValue(1);
        assertThat(consumer.committed(java.util.Set.of(P0, P1))).containsEntry(P0,
                new org.apache.kafka.clients.consumer.OffsetAndMetadata(13)).containsEntry(P1,
                new org.apache.kafka.clients.consumer.OffsetAndMetadata(1));
    }

    @Test
    void aPollWithoutFinalStatusesDoesNotReadTheLedgerAgain() {
        topicExists();
        String key = shipped("SO1", "1ZA");
        watch.run();
        arrives(P0, 10, json(DeliveryRecorderTest.event(key, "1ZA", "O", "OF", null)));
        watch.run();

        assertThat(refreshes).hasValue(0);
        assertThat(consumer.position(P0)).isEqualTo(11L);
    }

    @Test
    void whatTheLedgerCouldNotRecordIsReadAgain() {
        topicExists();
        String key = shipped("SO1", "1ZA");
        watch.run();
        arrives(P0, 10, json(DeliveryRecorderTest.event(key, "1ZA", "D", "KB", null)));
        log.failWith(new IllegalStateException("broker down"));

        watch.run();
        assertThat(consumer.position(P0)).as("rewound").isEqualTo(10L);
        assertThat(consumer.committed(java.util.Set.of(P0))).doesNotContainKey(P0);

        log.failWith(null);
        arrives(P0, 10, json(DeliveryRecorderTest.event(key, "1ZA", "D", "KB", null)));
        watch.run();
        assertThat(ledger.get(key).map(ShipmentLedgerEntry::deliveredAt)).contains(DeliveryRecorderTest.SCANNED);
    }

    @Test
    void aMissingTopicIsLookedUpAgainLater() {
        watch.run();
        assertThat(consumer.assignment()).isEmpty();

        topicExists();
        watch.run();
        assertThat(consumer.assignment()).as("not before the refresh interval").isEmpty();

        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        watch.run();
        assertThat(consumer.assignment()).containsExactlyInAnyOrder(P0, P1);
    }

    @Test
    void readsInAGroupOfItsOwnFromTheLatestOffsetWithoutCreatingTheTopic() {
        Map<String, Object> props = DeliveryWatch.consumerProperties("broker:9092",
                Map.of("security.protocol", "SSL", ConsumerConfig.GROUP_ID_CONFIG, "theirs"), "c", "ups-sink-deliveries-1");
        assertThat(props).containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "ups-sink-deliveries-1")
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                .containsEntry(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false)
                .containsEntry("security.protocol", "SSL");
    }

    @Test
    void closeEndsAPollAndReleasesTheConsumer() {
        topicExists();
        watch.run();
        watch.close();
        watch.run(); // after close: nothing, no exception
        assertThat(consumer.closed()).isTrue();
    }
}
