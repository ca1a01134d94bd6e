package dev.x3ups.ups.sink;

import dev.x3ups.connect.Cleanup;
import dev.x3ups.connect.metrics.TaskMetrics;
import dev.x3ups.ups.sink.config.UpsSinkConfig;
import dev.x3ups.ups.sink.metrics.MetricsBinding;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.shipping.OrderIntake;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connect-facing shell of the UPS sink; the work is done by {@link ShippingSink}. */
public class UpsSinkTask extends SinkTask {
    private static final Logger LOG = LoggerFactory.getLogger(UpsSinkTask.class);
    private ShippingSink sink;
    private TaskMetrics taskMetrics;

    @Override
    public void start(Map<String, String> props) {
        UpsSinkConfig config = new UpsSinkConfig(props);
        SinkMetrics metrics = new SinkMetrics();
        String clientId = "ups-sink-" + props.getOrDefault("name", "connector") + "-"
                + config.getInt(UpsSinkConfig.TASK_INDEX_CONFIG);
        taskMetrics = TaskMetrics.forTask(context, props);
        try {
            sink = ShippingSink.start(config, clientId, metrics, errant(), flow());
            MetricsBinding.bind(metrics, sink::subscriptionCounts, sink::tokenRequests, taskMetrics);
        } catch (Throwable t) {
            stop(); // release at once, whether or not the worker calls stop() after a failed start()
            throw t;
        }
    }

    @Override
    public void open(Collection<TopicPartition> partitions) {
        sink.catchUp(); // another task may have shipped these partitions' orders
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        try {
            sink.put(records);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetriableException("interrupted while handing orders to UPS", e);
        }
    }

    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        Map<TopicPartition, OffsetAndMetadata> committable = sink.committable();
        committable.keySet().retainAll(currentOffsets.keySet());
        return committable;
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        sink.release(partitions);
    }

    @Override
    public void stop() {
        ShippingSink s = sink;
        TaskMetrics m = taskMetrics;
        taskMetrics = null;
        Cleanup.all(LOG, "the UPS sink task", Cleanup.closing(s), Cleanup.closing(m));
    }

    @Override
    public String version() {
        return Version.get();
    }

    /** Pauses the partitions whose orders wait for an in-flight slot, so put() never blocks for long. */
    private OrderIntake.Flow flow() {
        return new OrderIntake.Flow() {
            @Override
            public void pause(Collection<TopicPartition> partitions) {
                context.pause(partitions.toArray(TopicPartition[]::new));
            }

            @Override
            public void resume(Collection<TopicPartition> partitions) {
                context.resume(partitions.toArray(TopicPartition[]::new));
            }

            @Override
            public void callAgainWithin(java.time.Duration wait) {
                context.timeout(wait.toMillis());
            }
        };
    }

    /** The worker's errant record reporter (DLQ); when the connector has none, a failed order is only logged. */
    private BiConsumer<SinkRecord, Throwable> errant() {
        ErrantRecordReporter reporter = context.errantRecordReporter();
        if (reporter == null) {
            return (record, error) -> LOG.warn("Order record {}-{}@{} not shipped (no dead letter queue configured): {}",
                    record.topic(), record.kafkaPartition(), record.kafkaOffset(), error.getMessage());
        }
        return reporter::report;
    }
}
