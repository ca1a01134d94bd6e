package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Order;
import dev.x3ups.records.OrderRecords;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.data.Schema;
import org.junit.jupiter.api.Test;

/** With a Flow, a full in-flight bound pauses the partitions instead of blocking the task thread. */
class OrderIntakeFlowTest {
    private final Map<String, CompletableFuture<OrderResult>> calls = new ConcurrentHashMap<>();
    private final List<String> flow = new CopyOnWriteArrayList<>();
    private final TopicPartition p0 = new TopicPartition("orders", 0);

    private OrderIntake intake(int maxInFlight) {
        return new OrderIntake(order -> calls.computeIfAbsent(order.key(), k -> new CompletableFuture<>()),
                new PartitionProgress(), maxInFlight, (record, error) -> { }, new SinkMetrics(),
                new OrderIntake.Flow() {
                    @Override
                    public void pause(Collection<TopicPartition> partitions) {
                        flow.add("pause " + partitions);
                    }

                    @Override
                    public void resume(Collection<TopicPartition> partitions) {
                        flow.add("resume " + partitions);
                    }

                    @Override
                    public void callAgainWithin(Duration wait) {
                        flow.add("again");
                    }
                });
    }

    private static SinkRecord record(Order order, long offset) {
        return new SinkRecord("orders", 0, Schema.STRING_SCHEMA, order.key(), OrderRecords.VALUE_SCHEMA,
                OrderRecords.toStruct(order), offset);
    }

    private static String key(String number) {
        return SinkOrders.order(number).key();
    }

    @Test
    void aFullBoundPausesThePartitionReturnsAndResumesOnceTheBacklogIsSubmitted() throws Exception {
        OrderIntake intake = intake(1);

        intake.put(List.of(record(SinkOrders.order("SO1"), 0), record(SinkOrders.order("SO2"), 1)));

        assertThat(calls).containsOnlyKeys(key("SO1"));
        assertThat(flow).containsExactly("pause [orders-0]", "again");

        intake.put(List.of()); // still full: already paused, asked to call again
        assertThat(flow).containsExactly("pause [orders-0]", "again", "again");

        calls.get(key("SO1")).complete(new OrderResult(OrderResult.Kind.SHIPPED, null, null, null));
        intake.put(List.of());

        assertThat(calls).containsKeys(key("SO1"), key("SO2"));
        assertThat(flow).endsWith("resume [orders-0]");
        assertThat(intake.committable()).containsEntry(p0, new org.apache.kafka.clients.consumer.OffsetAndMetadata(1));
    }

    @Test
    void aRevokedPartitionsBacklogIsDropped() throws Exception {
        OrderIntake intake = intake(1);
        intake.put(List.of(record(SinkOrders.order("SO1"), 0), record(SinkOrders.order("SO2"), 1)));

        intake.release(List.of(p0), Duration.ofMillis(10));
        calls.get(key("SO1")).complete(new OrderResult(OrderResult.Kind.SHIPPED, null, null, null));
        intake.put(List.of());

        assertThat(calls).containsOnlyKeys(key("SO1"));
        assertThat(flow).doesNotContain("resume [orders-0]");
    }
}
