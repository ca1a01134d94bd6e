package dev.x3ups.ups.tracking.ledger;

import static dev.x3ups.ups.tracking.ledger.LedgerFixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.records.ShipmentRecords;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;

class LedgerTailTest {
    private static final String TOPIC = "ups.shipments";
    private final JsonConverter converter = new JsonConverter();

    LedgerTailTest() {
        converter.configure(Map.of("schemas.enable", "true", "converter.type", "value"), false);
    }

    private byte[] value(String orderKey, String... trackingNumbers) {
        return converter.fromConnectData(TOPIC, ShipmentRecords.VALUE_SCHEMA, ShipmentRecords.toStruct(
                entry(orderKey, ShipmentState.CREATED, SubscriptionState.ACTIVE, Instant.EPOCH, trackingNumbers)));
    }

    @Test
    void readsTheLedgerFromTheStartAndFollowsIt() throws Exception {
        MockConsumer<byte[], byte[]> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
        TopicPartition tp = new TopicPartition(TOPIC, 0);
        consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, Node.noNode(), null, null)));
        consumer.updateBeginningOffsets(Map.of(tp, 0L));
        consumer.updateEndOffsets(Map.of(tp, 2L));
        consumer.schedulePollTask(() -> {
            consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 0, key("K1"), value("K1", "1ZA")));
            consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 1, key("K2"), "not json".getBytes()));
        });
        LedgerView view = new LedgerView();
        LedgerTail tail = new LedgerTail(consumer, TOPIC, view);
        Thread thread = new Thread(tail);
        thread.start();
        try {
            assertThat(view.awaitCaughtUp(10, TimeUnit.SECONDS)).isTrue();
            assertThat(view.shipment("1ZA")).isPresent();
            consumer.schedulePollTask(() -> consumer.addRecord(
                    new ConsumerRecord<>(TOPIC, 0, 2, key("K3"), value("K3", "1ZC"))));
            await().atMost(Duration.ofSeconds(10)).until(() -> view.shipment("1ZC").isPresent());
            consumer.schedulePollTask(() -> consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 3, key("K3"), null)));
            await().atMost(Duration.ofSeconds(10)).until(() -> view.shipment("1ZC").isEmpty());
        } finally {
            tail.close();
            thread.join(5000);
        }
        assertThat(consumer.closed()).isTrue();
    }

    private static byte[] key(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
