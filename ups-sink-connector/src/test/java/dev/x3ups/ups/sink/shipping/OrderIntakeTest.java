package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.x3ups.records.Order;
import dev.x3ups.records.OrderRecords;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderIntakeTest {
    private final Map<String, List<CompletableFuture<OrderResult>>> calls = new ConcurrentHashMap<>();
    private final List<String> reported = new CopyOnWriteArrayList<>();
    private final SinkMetrics metrics = new SinkMetrics();
    private final ExecutorService putter = Executors.newSingleThreadExecutor();
    private final TopicPartition p0 = new TopicPartition("orders", 0);

    private OrderIntake intake(int maxInFlight) {
        return new OrderIntake(order -> {
            CompletableFuture<OrderResult> f = new CompletableFuture<>();
            calls.computeIfAbsent(order.key(), k -> new CopyOnWriteArrayList<>()).add(f);
            return f;
        }, new PartitionProgress(), maxInFlight, (record, error) -> reported.add(error.getMessage()), metrics);
    }

    @AfterEach
    void stopPutter() {
        putter.shutdownNow();
    }

    private static SinkRecord record(Order order, long offset) {
        return new SinkRecord("orders", 0, Schema.STRING_SCHEMA, order.key(), OrderRecords.VALUE_SCHEMA,
                OrderRecords.toStruct(order), offset);
    }

    private static OrderResult result(OrderResult.Kind kind) {
        return new OrderResult(kind, null, kind == OrderResult.Kind.FAILED ? "NO_WEIGHT" : null, "why");
    }

    private CompletableFuture<OrderResult> call(String number, int index) {
        String key = SinkOrders.order(number).key();
        await().atMost(Duration.ofSeconds(5)).until(() -> calls.getOrDefault(key, List.of()).size() > index);
        return calls.get(key).get(index);
    }

    @Test
    void putWaitsWhileTheInFlightBoundIsReached() throws Exception {
        OrderIntake intake = intake(2);
        List<SinkRecord> records = List.of(record(SinkOrders.order("SO1"), 0), record(SinkOrders.order("SO2"), 1),
                record(SinkOrders.order("SO3"), 2));

        Future<?> put = putter.submit(() -> {
            intake.put(records);
            return null;
        });
        call("SO2", 0);
        assertThat(calls).doesNotContainKey(SinkOrders.order("SO3").key());
        assertThat(put).isNotDone();
        assertThat(metrics.inFlight()).isEqualTo(2);

        call("SO1", 0).complete(result(OrderResult.Kind.SHIPPED));
        put.get();
        call("SO3", 0);
    }

    @Test
    void recordsOfOneOrderRunOneAfterTheOther() throws Exception {
        OrderIntake intake = intake(8);
        Order order = SinkOrders.order("SO1");
        intake.put(List.of(record(order, 0), record(SinkOrders.revised(order), 1)));

        assertThat(calls.get(order.key())).hasSize(1);
        call("SO1", 0).complete(result(OrderResult.Kind.SHIPPED));
        call("SO1", 1).complete(result(OrderResult.Kind.SKIPPED));
        assertThat(intake.committable()).containsEntry(p0, new OffsetAndMetadata(2));
    }

    @Test
    void offsetsPassOnlyFinishedOrdersAndFailuresAreReported() throws Exception {
        OrderIntake intake = intake(8);
        intake.put(List.of(record(SinkOrders.order("SO1"), 0), record(SinkOrders.order("SO2"), 1)));

        call("SO2", 0).complete(result(OrderResult.Kind.FAILED));
        assertThat(intake.committable()).isEmpty();
        assertThat(reported).singleElement().asString().contains("NO_WEIGHT");

        call("SO1", 0).complete(result(OrderResult.Kind.SHIPPED));
        assertThat(intake.committable()).containsEntry(p0, new OffsetAndMetadata(2));
    }

    @Test
    void aRecordThatIsNoOrderIsReportedAndPassed() throws Exception {
        OrderIntake intake = intake(8);
        intake.put(List.of(new SinkRecord("orders", 0, Schema.STRING_SCHEMA, "K", Schema.STRING_SCHEMA, "oops", 0)));

        assertThat(reported).singleElement().asString().contains("Struct");
        assertThat(intake.committable()).containsEntry(p0, new OffsetAndMetadata(1));
    }

    @Test
    void aTombstoneIsPassedOverSilently() throws Exception {
        OrderIntake intake = intake(8);
        intake.put(List.of(new SinkRecord("orders", 0, Schema.STRING_SCHEMA, "K", null, null, 4)));

        assertThat(reported).isEmpty();
        assertThat(calls).isEmpty();
        assertThat(intake.committable()).containsEntry(p0, new OffsetAndMetadata(5));
    }

    @Test
    void anOrderTheLedgerCouldNotRecordFailsTheNextPutAndIsNeverCommitted() throws Exception {
        OrderIntake intake = intake(8);
        intake.put(List.of(record(SinkOrders.order("SO1"), 0)));
        call("SO1", 0).completeExceptionally(new IllegalStateException("ledger down"));

        assertThatThrownBy(() -> intake.put(List.of())).isInstanceOf(ConnectException.class)
                .hasMessageContaining("ledger down");
        assertThat(intake.committable()).isEmpty();
    }

    @Test
    void releasingPartitionsWaitsForOrdersInFlight() throws Exception {
        OrderIntake intake = intake(8);
        intake.put(List.of(record(SinkOrders.order("SO1"), 0)));
        CompletableFuture<OrderResult> inFlight = call("SO1", 0);
        Future<?> release = putter.submit(() -> intake.release(List.of(p0), Duration.ofSeconds(10)));

        assertThat(release).isNotDone();
        inFlight.complete(result(OrderResult.Kind.SHIPPED));
        release.get();
        assertThat(intake.committable()).isEmpty();
    }
}
