package dev.x3ups.x3.source.poll;

import static dev.x3ups.x3.source.testing.FakeOrderFeed.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.x3ups.connect.metrics.TaskMetrics;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.OrderRecords;
import dev.x3ups.testing.MutableClock;
import dev.x3ups.x3.client.OrderSelection;
import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3TransientException;
import dev.x3ups.x3.source.metrics.SourceMetrics;
import dev.x3ups.x3.source.offset.OrderOffset;
import dev.x3ups.x3.source.offset.OrderPartition;
import dev.x3ups.x3.source.testing.FakeOrderFeed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.internals.PluginMetricsImpl;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PollLoopTest {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private static final Duration INTERVAL = Duration.ofSeconds(30);

    private final FakeOrderFeed feed = new FakeOrderFeed();
    private final MutableClock clock = new MutableClock(T0.plusSeconds(600));
    private final List<Duration> sleeps = new ArrayList<>();
    private final Metrics kafkaMetrics = new Metrics();
    private final SourceMetrics metrics = new SourceMetrics(
            TaskMetrics.of(new PluginMetricsImpl(kafkaMetrics, Map.of("task", "0"))));

    /** Sleeps by moving the fake clock. */
    private final Sleeper fakeSleeper = new Sleeper() {
        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
            clock.advance(duration);
        }

        @Override
        public void wake() {
        }
    };

    @AfterEach
    void closeMetrics() {
        metrics.close();
        kafkaMetrics.close();
    }

    private PollLoop loop(Sleeper sleeper, OrderKind... kinds) {
        List<PartitionWalker> walkers = new ArrayList<>();
        for (OrderKind kind : kinds) {
            walkers.add(new PartitionWalker(new OrderPartition("SEED", kind), OrderOffset.before(T0), feed,
                    OrderSelection.ALL, 2, Duration.ofSeconds(5), clock));
        }
        return new PollLoop(walkers, new RecordFactory("x3.orders"), INTERVAL,
                () -> new FailureStreak(Duration.ofSeconds(1), Duration.ofSeconds(4)), () -> new RetryPolicy(2), clock,
                sleeper, metrics);
    }

    private double metric(String name) {
        return metric(name, null);
    }

    private double metric(String name, String entity) {
        return kafkaMetrics.metrics().entrySet().stream()
                .filter(e -> e.getKey().name().equals(name))
                .filter(e -> entity == null || entity.equals(e.getKey().tags().get("entity")))
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue())
                .findFirst().orElseThrow();
    }

    @Test
    void countsRowsPassedOverAndOrdersWhoseContentDidNotChange() throws InterruptedException {
        feed.put(order(OrderKind.SALES, "SO1", T0.plusSeconds(1)));
        PollLoop loop = loop(fakeSleeper, OrderKind.SALES);
        assertThat(loop.poll()).hasSize(1);

        clock.advance(INTERVAL);
        feed.echo(order(OrderKind.SALES, "SO1", T0.plusSeconds(60)));
        assertThat(loop.poll()).isEmpty();
        assertThat(metric("orders-passed-over-total")).isEqualTo(1.0);

        clock.advance(INTERVAL);
        feed.put(order(OrderKind.SALES, "SO1", T0.plusSeconds(61))); // read again as an order, content as before
        assertThat(loop.poll()).isEmpty();
        assertThat(metric("orders-unchanged-total")).isEqualTo(1.0);
        assertThat(metric("orders-polled-total")).isEqualTo(1.0);
    }

    @Test
    void readsOnePagePerPollThenWaitsForTheInterval() throws InterruptedException {
        for (int i = 1; i <= 3; i++) {
            feed.put(order(OrderKind.SALES, "SO" + i, T0.plusSeconds(i)));
        }
        PollLoop loop = loop(fakeSleeper, OrderKind.SALES);

        List<SourceRecord> first = loop.poll();
        List<SourceRecord> second = loop.poll();
        List<SourceRecord> idle = loop.poll();

        assertThat(first).extracting(SourceRecord::key).containsExactly("SEED:SALES:SO1", "SEED:SALES:SO2");
        assertThat(second).extracting(SourceRecord::key).containsExactly("SEED:SALES:SO3");
        assertThat(idle).isEmpty();
        assertThat(sleeps).containsExactly(PollLoop.MAX_IDLE);
        assertThat(feed.calls.get()).isEqualTo(2);
        assertThat(metric("orders-polled-total")).isEqualTo(3.0);
        assertThat(metric("pages-read-total")).isEqualTo(2.0);

        SourceRecord record = second.get(0);
        assertThat(record.topic()).isEqualTo("x3.orders");
        assertThat(record.sourcePartition()).isEqualTo(Map.of("folder", "SEED", "entity", "SALES"));
        assertThat(record.sourceOffset()).isEqualTo(Map.of("timestamp", T0.plusSeconds(3).toString(),
                "key", "SEED:SALES:SO3"));
        assertThat(record.valueSchema()).isEqualTo(OrderRecords.VALUE_SCHEMA);
        assertThat(record.timestamp()).isEqualTo(T0.plusSeconds(3).toEpochMilli());
    }

    @Test
    void startsTheNextWalkWhenTheIntervalHasPassed() throws InterruptedException {
        feed.put(order(OrderKind.SALES, "SO1", T0.plusSeconds(1)));
        PollLoop loop = loop(fakeSleeper, OrderKind.SALES);
        assertThat(loop.poll()).hasSize(1);

        feed.put(order(OrderKind.SALES, "SO2", T0.plusSeconds(2)));
        List<SourceRecord> polled = new ArrayList<>();
        for (int i = 0; i < 40 && polled.isEmpty(); i++) {
            polled.addAll(loop.poll());
        }

        assertThat(polled).extracting(SourceRecord::key).containsExactly("SEED:SALES:SO2");
        assertThat(sleeps.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(INTERVAL);
    }

    @Test
    void transientErrorsBackOffExponentiallyAndRecover() throws InterruptedException {
        feed.put(order(OrderKind.SALES, "SO1", T0.plusSeconds(1)));
        for (int i = 0; i < 4; i++) {
            feed.failNext(new X3TransientException("Licence limit reached, retry later", 503, null));
        }
        PollLoop loop = loop(fakeSleeper, OrderKind.SALES);

        List<SourceRecord> polled = new ArrayList<>();
        for (int i = 0; i < 30 && polled.isEmpty(); i++) {
            polled.addAll(loop.poll());
        }

        assertThat(polled).extracting(SourceRecord::key).containsExactly("SEED:SALES:SO1");
        assertThat(sleeps.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofSeconds(1 + 2 + 4 + 4));
        assertThat(metric("errors-total")).isEqualTo(4.0);
    }

    @Test
    void aRejectionInsideA200IsRetriedAFewTimesThenFailsTheTask() throws InterruptedException {
        feed.put(order(OrderKind.SALES, "SO1", T0.plusSeconds(1)));
        feed.failNext(new X3RejectedException("Web service pool is busy, retry later", 200, null))
                .failNext(new X3RejectedException("Web service pool is busy, retry later", 200, null));
        PollLoop loop = loop(fakeSleeper, OrderKind.SALES);

        List<SourceRecord> polled = new ArrayList<>();
        for (int i = 0; i < 10 && polled.isEmpty(); i++) {
            polled.addAll(loop.poll());
        }
        assertThat(polled).hasSize(1);

        for (int i = 0; i < 3; i++) {
            feed.failNext(new X3RejectedException("Unknown property XYZ in where clause", 500, null));
        }
        clock.advance(INTERVAL);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 20; i++) {
                loop.poll();
            }
        }).isInstanceOf(ConnectException.class).hasMessageContaining("Unknown property XYZ");
    }

    @Test
    void rejectedAndAuthenticationErrorsFailTheTaskWithX3sMessage() {
        feed.failNext(new X3RejectedException("Field ORDSTAX does not exist", 400, null));
        PollLoop loop = loop(fakeSleeper, OrderKind.SALES);

        assertThatThrownBy(loop::poll).isInstanceOf(ConnectException.class)
                .hasMessageContaining("Field ORDSTAX does not exist").hasMessageContaining("sales orders of X3 folder SEED");

        feed.failNext(new X3AuthenticationException("Invalid token", 401, null));
        PollLoop other = loop(fakeSleeper, OrderKind.PURCHASE);
        assertThatThrownBy(other::poll).isInstanceOf(ConnectException.class).hasMessageContaining("Invalid token");
    }

    @Test
    void partitionsTakeTurns() throws InterruptedException {
        for (int i = 1; i <= 4; i++) {
            feed.put(order(OrderKind.SALES, "SO" + i, T0.plusSeconds(i)));
            feed.put(order(OrderKind.PURCHASE, "PO" + i, T0.plusSeconds(i)));
        }
        PollLoop loop = loop(fakeSleeper, OrderKind.SALES, OrderKind.PURCHASE);

        List<Object> keys = new ArrayList<>();
        loop.poll().forEach(r -> keys.add(r.key()));
        assertThat(metric("lag-ms", "SALES")).isEqualTo(Duration.ofSeconds(598).toMillis());
        for (int i = 0; i < 3; i++) {
            loop.poll().forEach(r -> keys.add(r.key()));
        }

        assertThat(keys).containsExactly("SEED:SALES:SO1", "SEED:SALES:SO2", "SEED:PURCHASE:PO1", "SEED:PURCHASE:PO2",
                "SEED:SALES:SO3", "SEED:SALES:SO4", "SEED:PURCHASE:PO3", "SEED:PURCHASE:PO4");
        clock.advance(Duration.ofSeconds(7));
        assertThat(metric("lag-ms", "PURCHASE")).isEqualTo(Duration.ofSeconds(7).toMillis());
    }

    @Test
    void stopEndsAWaitingPollPromptly() throws Exception {
        PollLoop loop = loop(Sleeper.stoppable(), OrderKind.SALES);
        assertThat(loop.poll()).isEmpty();

        AtomicReference<List<SourceRecord>> result = new AtomicReference<>(List.of());
        CompletableFuture<Void> polling = CompletableFuture.runAsync(() -> {
            try {
                while (result.get() != null) {
                    result.set(loop.poll());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        loop.stop();

        await().atMost(Duration.ofMillis(900)).until(polling::isDone);
        assertThat(result.get()).isNull();
        assertThat(loop.poll()).isNull();
    }
}
