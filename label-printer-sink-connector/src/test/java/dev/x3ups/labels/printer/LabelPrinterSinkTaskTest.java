package dev.x3ups.labels.printer;

import static dev.x3ups.labels.printer.testing.Documents.label;
import static dev.x3ups.labels.printer.testing.Documents.record;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.labels.printer.testing.Documents;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.junit.jupiter.api.Test;

class LabelPrinterSinkTaskTest {
    private static final TopicPartition P0 = new TopicPartition(Documents.TOPIC, 0);

    private final List<String> printed = new ArrayList<>();
    private final FakeContext context = new FakeContext();
    private boolean down;
    private long now;
    private final LabelPrinterSinkTask task = new LabelPrinterSinkTask((site, config) -> documents -> {
        if (down) {
            throw new IOException("Connection refused");
        }
        documents.forEach(d -> printed.add(d.trackingNumber()));
    }, () -> now);

    LabelPrinterSinkTaskTest() {
        task.initialize(context);
        task.start(Map.of("sites", "ATL", "site.ATL.printer.type", "TCP", "site.ATL.printer.host", "127.0.0.1",
                "retry.backoff.ms", "100", "backlog.max.documents", "2"));
    }

    @Test
    void aPrinterThatIsDownHoldsTheOffsetAsksToBeCalledBackAndPausesAboveTheBacklogMaximum() {
        down = true;

        task.put(List.of(record(label("ATL", "SO0001", 1, 1), 0, 5), record(label("ATL", "SO0002", 1, 1), 0, 6),
                record(label("ATL", "SO0003", 1, 1), 0, 7)));

        assertThat(context.timeout).isEqualTo(100);
        assertThat(context.paused).containsExactly(P0);
        assertThat(task.preCommit(Map.of(P0, new OffsetAndMetadata(8)))).containsEntry(P0, new OffsetAndMetadata(5));
        assertThat(task.metrics().backlog()).isEqualTo(3);

        down = false;
        now = 100;
        task.put(List.of());

        assertThat(printed).hasSize(3);
        assertThat(context.paused).isEmpty();
        assertThat(task.preCommit(Map.of(P0, new OffsetAndMetadata(8)))).containsEntry(P0, new OffsetAndMetadata(8));
        assertThat(task.metrics().documentsPrinted()).isEqualTo(3);
    }

    @Test
    void revokedPartitionsLeaveTheBacklog() {
        down = true;
        task.put(List.of(record(label("ATL", "SO0001", 1, 1), 0, 0)));

        task.close(List.of(P0));

        assertThat(task.metrics().backlog()).isZero();
    }

    private static final class FakeContext implements SinkTaskContext {
        long timeout = -1;
        final Set<TopicPartition> paused = new HashSet<>();

        @Override
        public Map<String, String> configs() {
            return Map.of();
        }

        @Override
        public void offset(Map<TopicPartition, Long> offsets) {
        }

        @Override
        public void offset(TopicPartition tp, long offset) {
        }

        @Override
        public void timeout(long timeoutMs) {
            timeout = timeoutMs;
        }

        @Override
        public Set<TopicPartition> assignment() {
            return Set.of(P0);
        }

        @Override
        public void pause(TopicPartition... partitions) {
            paused.addAll(List.of(partitions));
        }

        @Override
        public void resume(TopicPartition... partitions) {
            List.of(partitions).forEach(paused::remove);
        }

        @Override
        public void requestCommit() {
        }

        @Override
        public PluginMetrics pluginMetrics() {
            throw new UnsupportedOperationException("a worker without plugin metrics");
        }
    }
}
