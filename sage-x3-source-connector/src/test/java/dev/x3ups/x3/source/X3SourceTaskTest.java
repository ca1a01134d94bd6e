package dev.x3ups.x3.source;

import static dev.x3ups.x3.source.testing.FakeOrderFeed.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.source.config.X3SourceConfig;
import dev.x3ups.x3.source.testing.FakeOrderFeed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.common.metrics.internals.PluginMetricsImpl;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class X3SourceTaskTest {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");

    private final FakeOrderFeed feed = new FakeOrderFeed();
    private final Map<Map<String, ?>, Map<String, Object>> stored = new HashMap<>();
    private final Metrics metrics = new Metrics();
    private final X3SourceTask task = new X3SourceTask(config -> feed);

    @AfterEach
    void tearDown() {
        task.stop();
        metrics.close();
    }

    private void start(String entities) {
        task.initialize(new SourceTaskContext() {
            @Override
            public Map<String, String> configs() {
                return Map.of();
            }

            @Override
            public OffsetStorageReader offsetStorageReader() {
                return new OffsetStorageReader() {
                    @Override
                    public <T> Map<String, Object> offset(Map<String, T> partition) {
                        return stored.get(partition);
                    }

                    @Override
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
                        Map result = new HashMap<>();
                        partitions.forEach(p -> result.put(p, stored.get(p)));
                        return result;
                    }
                };
            }

            @Override
            public PluginMetrics pluginMetrics() {
                return new PluginMetricsImpl(metrics, Map.of("task", "0"));
            }
        });
        Map<String, String> props = new HashMap<>(X3SourceConnectorTest.props());
        props.put(TaskAssignment.TASK_ENTITIES_CONFIG, entities);
        props.put(X3SourceConfig.START_TIMESTAMP_CONFIG, T0.toString());
        props.put(X3SourceConfig.POLL_INTERVAL_MS_CONFIG, "60000");
        task.start(props);
    }

    private List<SourceRecord> pollUntilIdle() throws InterruptedException {
        List<SourceRecord> all = new ArrayList<>();
        List<SourceRecord> batch;
        while (!(batch = task.poll()).isEmpty()) {
            all.addAll(batch);
        }
        return all;
    }

    @Test
    void startsFromTheConfiguredTimestampWithoutAStoredOffset() throws InterruptedException {
        feed.put(order(OrderKind.SALES, "SO1", T0.minusSeconds(1))).put(order(OrderKind.SALES, "SO2", T0));
        start("SALES");

        assertThat(pollUntilIdle()).extracting(SourceRecord::key).containsExactly("SEED:SALES:SO2");
    }

    @Test
    void resumesFromTheStoredOffsetOfItsOwnPartitionsOnly() throws InterruptedException {
        feed.put(order(OrderKind.SALES, "SO1", T0.plusSeconds(1))).put(order(OrderKind.SALES, "SO2", T0.plusSeconds(2)))
                .put(order(OrderKind.PURCHASE, "PO1", T0.plusSeconds(1)));
        stored.put(Map.of("folder", "SEED", "entity", "SALES"),
                Map.of("timestamp", T0.plusSeconds(1).toString(), "key", "SEED:SALES:SO1"));
        start("SALES");

        assertThat(pollUntilIdle()).extracting(SourceRecord::key).containsExactly("SEED:SALES:SO2");
    }

    @Test
    void rowsPassedOverAsOurOwnEchoMoveTheCommittedOffsetWithTheNextRecord() throws InterruptedException {
        feed.echo(order(OrderKind.SALES, "SO1", T0.plusSeconds(1)))
                .put(order(OrderKind.SALES, "SO2", T0.plusSeconds(2)))
                .echo(order(OrderKind.SALES, "SO3", T0.plusSeconds(3)))
                .put(order(OrderKind.SALES, "SO4", T0.plusSeconds(4)));
        start("SALES");

        List<SourceRecord> records = pollUntilIdle();

        assertThat(records).extracting(SourceRecord::key).containsExactly("SEED:SALES:SO2", "SEED:SALES:SO4");
        assertThat(records.get(1).sourceOffset())
                .isEqualTo(Map.of("timestamp", T0.plusSeconds(4).toString(), "key", "SEED:SALES:SO4"));
        assertThat(records.get(0).sourceOffset())
                .isEqualTo(Map.of("timestamp", T0.plusSeconds(2).toString(), "key", "SEED:SALES:SO2"));
    }

    @Test
    void anUnusableStoredOffsetFailsTheStartWithAHint() {
        stored.put(Map.of("folder", "SEED", "entity", "PURCHASE"), Map.of("timestamp", "last tuesday"));

        assertThatThrownBy(() -> start("PURCHASE")).isInstanceOf(ConnectException.class)
                .hasMessageContaining("PATCH /connectors/{name}/offsets");
    }

    @Test
    void stopReturnsAWaitingPollPromptlyAndClosesTheFeed() throws Exception {
        start("SALES,PURCHASE");
        assertThat(pollUntilIdle()).isEmpty();

        CompletableFuture<List<SourceRecord>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                List<SourceRecord> records;
                do {
                    records = task.poll();
                } while (records != null);
                return null;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        task.stop();

        await().atMost(Duration.ofMillis(900)).until(waiting::isDone);
        assertThat(feed.closed()).isTrue();
        assertThat(metrics.metrics().keySet()).noneMatch(n -> n.name().equals("lag-ms"));
    }
}
