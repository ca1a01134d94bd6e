package dev.x3ups.x3.sink.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.OrderKey;
import dev.x3ups.x3.sink.intake.OrderUpdate;
import dev.x3ups.x3.sink.metrics.SinkMetrics;
import dev.x3ups.x3.sink.status.OrderState;
import dev.x3ups.x3.sink.status.OrderTracking;
import dev.x3ups.x3.sink.status.StatusMerge;
import dev.x3ups.x3.sink.status.StatusVocabulary;
import dev.x3ups.x3.sink.status.TrackedField;
import dev.x3ups.x3.sink.target.TrackingTarget;
import dev.x3ups.x3.sink.testing.Records;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchWriterTest {

    private final StatusMerge merge = new StatusMerge(StatusVocabulary.parse(StatusVocabulary.DEFAULT_ENTRIES), "UPS");

    @Test
    void writesDifferentOrdersConcurrentlyButNoMoreThanTheLimit() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        CountDownLatch twoInside = new CountDownLatch(2);
        TrackingTarget slow = new TrackingTarget() {
            @Override
            public Optional<OrderTracking> read(OrderKey order) {
                return Optional.empty();
            }

            @Override
            public void write(OrderKey order, boolean exists, OrderTracking tracking, Set<TrackedField> changed) {
                peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                twoInside.countDown();
                try {
                    twoInside.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inFlight.decrementAndGet();
            }

            @Override
            public Set<TrackedField> fields() {
                return EnumSet.allOf(TrackedField.class);
            }
        };
        OrderWriter writer = new OrderWriter(slow, merge, new KnownStates(10),
                new Retrier(1, Duration.ZERO, Duration.ZERO, d -> { }), new SinkMetrics(), System::nanoTime);
        Map<OrderKey, List<OrderUpdate>> batch = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            String key = "SEED:SALES:SO00000" + i;
            batch.put(OrderKey.parse(key), List.of(new OrderUpdate.Ledger(OrderKey.parse(key), Records.created(key, "1Z" + i))));
        }
        try (BatchWriter batchWriter = new BatchWriter(writer, 2)) {
            Map<OrderKey, Outcome> outcomes = batchWriter.writeAll(batch);
            assertThat(outcomes).hasSize(5).allSatisfy((order, outcome) -> assertThat(outcome).isEqualTo(Outcome.WRITTEN));
        }
        assertThat(peak).hasValue(2);
    }

    @Test
    void anEmptyBatchWritesNothing() throws Exception {
        OrderWriter writer = new OrderWriter(null, merge, new KnownStates(1),
                new Retrier(1, Duration.ZERO, Duration.ZERO, d -> { }), new SinkMetrics(), System::nanoTime);
        try (BatchWriter batchWriter = new BatchWriter(writer, 1)) {
            assertThat(batchWriter.writeAll(Map.of())).isEmpty();
        }
        assertThat(OrderState.EMPTY.tracking()).isEqualTo(OrderTracking.EMPTY);
    }
}
