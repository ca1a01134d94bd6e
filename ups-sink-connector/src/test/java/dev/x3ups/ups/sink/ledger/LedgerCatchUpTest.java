package dev.x3ups.ups.sink.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerCodec;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.ups.sink.support.MemoryLedgerLog;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.Test;

class LedgerCatchUpTest {
    private static final String TOPIC = "ledger";
    private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
    private final ShipmentLedgerCodec codec = new ShipmentLedgerCodec(TOPIC);
    private final ShipmentLedger ledger = new ShipmentLedger(new MemoryLedgerLog());
    private final LedgerCatchUp catchUp = new LedgerCatchUp(consumer, codec, TOPIC, ledger);
    private final LedgerEntries entries = new LedgerEntries(Clock.systemUTC());
    private final TopicPartition p0 = new TopicPartition(TOPIC, 0);

    LedgerCatchUpTest() {
        Node node = new Node(0, "localhost", 9092);
        consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, node, new Node[0], new Node[0])));
        consumer.updateBeginningOffsets(Map.of(p0, 0L));
    }

    private ConsumerRecord<byte[], byte[]> record(long offset, Order order, ShipmentState state) {
        var entry = state == ShipmentState.PENDING ? entries.pending(order, "d", order.key(), "03")
                : entries.failed(order, "d", order.key(), "C", "m");
        return new ConsumerRecord<>(TOPIC, 0, offset, codec.key(entry), codec.value(entry));
    }

    @Test
    void readsEveryEntryUpToTheEndOffsetsIntoTheLedger() {
        Order a = SinkOrders.order("SO1");
        Order b = SinkOrders.order("SO2");
        consumer.updateEndOffsets(Map.of(p0, 3L));
        consumer.schedulePollTask(() -> {
            consumer.addRecord(record(0, a, ShipmentState.PENDING));
            consumer.addRecord(record(1, b, ShipmentState.PENDING));
            consumer.addRecord(record(2, a, ShipmentState.FAILED));
        });

        int applied = catchUp.catchUp(Duration.ofSeconds(5), () -> false);

        assertThat(applied).isEqualTo(3);
        assertThat(ledger.get(a.key()).orElseThrow().state()).isEqualTo(ShipmentState.FAILED);
        assertThat(ledger.get(b.key()).orElseThrow().state()).isEqualTo(ShipmentState.PENDING);
    }

    @Test
    void anEmptyLedgerIsCaughtUpAtOnce() {
        consumer.updateEndOffsets(Map.of(p0, 0L));
        assertThat(catchUp.catchUp(Duration.ofSeconds(5), () -> false)).isZero();
    }

    @Test
    void givesUpWithAClearErrorWhenTheEndIsNotReached() {
        consumer.updateEndOffsets(Map.of(p0, 5L));
        assertThatThrownBy(() -> catchUp.catchUp(Duration.ofMillis(300), () -> false))
                .isInstanceOf(ConnectException.class).hasMessageContaining(TOPIC);
    }

    @Test
    void aCatchUpAcrossRetiredHistoryLeavesOnlyTheLiveEntriesInMemory() {
        int retired = 1000;
        consumer.updateEndOffsets(Map.of(p0, retired * 3L + 2));
        consumer.schedulePollTask(() -> {
            long offset = 0;
            for (int i = 0; i < retired; i++) {
                Order old = SinkOrders.order("SO-OLD-" + i);
                consumer.addRecord(record(offset++, old, ShipmentState.PENDING));
                consumer.addRecord(record(offset++, old, ShipmentState.FAILED));
                consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, offset++, old.key().getBytes(
                        java.nio.charset.StandardCharsets.UTF_8), null));
            }
            consumer.addRecord(record(offset++, SinkOrders.order("SO-LIVE-1"), ShipmentState.FAILED));
            consumer.addRecord(record(offset, SinkOrders.order("SO-LIVE-2"), ShipmentState.PENDING));
        });

        int applied = catchUp.catchUp(Duration.ofSeconds(5), () -> false);

        assertThat(applied).isEqualTo(retired * 3 + 2);
        assertThat(ledger.size()).isEqualTo(2);
        assertThat(ledger.entries()).extracting(e -> e.orderKey())
                .containsExactlyInAnyOrder(SinkOrders.order("SO-LIVE-1").key(), SinkOrders.order("SO-LIVE-2").key());
    }
}
