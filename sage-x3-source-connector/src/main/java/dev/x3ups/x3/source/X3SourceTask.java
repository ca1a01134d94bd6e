package dev.x3ups.x3.source;

import dev.x3ups.connect.Cleanup;
import dev.x3ups.connect.metrics.TaskMetrics;
import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.OrderFeed;
import dev.x3ups.x3.source.config.X3SourceConfig;
import dev.x3ups.x3.source.feed.ClientOrderFeeds;
import dev.x3ups.x3.source.feed.OrderFeedFactory;
import dev.x3ups.x3.source.metrics.SourceMetrics;
import dev.x3ups.x3.source.offset.OrderOffset;
import dev.x3ups.x3.source.offset.OrderPartition;
import dev.x3ups.x3.source.poll.PollLoop;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the changed orders of its {folder, entity} partitions from X3, one page per poll. */
public class X3SourceTask extends SourceTask {

    private static final Logger log = LoggerFactory.getLogger(X3SourceTask.class);

    private final OrderFeedFactory feeds;
    private OrderFeed feed;
    private SourceMetrics metrics;
    private volatile PollLoop loop;

    public X3SourceTask() {
        this(ClientOrderFeeds::open);
    }

    X3SourceTask(OrderFeedFactory feeds) {
        this.feeds = feeds;
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        X3SourceConfig config = new X3SourceConfig(props);
        List<OrderKind> entities = TaskAssignment.entitiesOf(props, config.entities());
        Map<OrderPartition, OrderOffset> offsets = storedOffsets(config, entities);
        try {
            feed = feeds.open(config);
            metrics = new SourceMetrics(TaskMetrics.forTask(context, props));
            loop = PollLoop.create(config, offsets, feed, metrics);
        } catch (Throwable t) {
            stop(); // Connect calls stop() only after a start() that returned
            throw t;
        }
        log.info("Reading {} from X3 folder {} over {} into {}, starting at {}", entities, config.endpoint(),
                config.transport(), config.topic(), offsets.values());
    }

    private Map<OrderPartition, OrderOffset> storedOffsets(X3SourceConfig config, List<OrderKind> entities) {
        List<Map<String, String>> keys = new ArrayList<>();
        for (OrderKind entity : entities) {
            keys.add(new OrderPartition(config.endpoint(), entity).toMap());
        }
        Map<Map<String, String>, Map<String, Object>> stored = context.offsetStorageReader().offsets(keys);
        Map<OrderPartition, OrderOffset> offsets = new LinkedHashMap<>();
        for (OrderKind entity : entities) {
            OrderPartition partition = new OrderPartition(config.endpoint(), entity);
            Map<String, Object> value = stored == null ? null : stored.get(partition.toMap());
            try {
                offsets.put(partition, value == null ? OrderOffset.before(config.startTimestamp())
                        : OrderOffset.fromMap(value));
            } catch (IllegalArgumentException e) {
                throw new ConnectException("Stored offset " + value + " of " + partition + " is unusable: "
                        + e.getMessage() + ". Reset it with PATCH /connectors/{name}/offsets.", e);
            }
        }
        return offsets;
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        return loop.poll();
    }

    @Override
    public void stop() {
        PollLoop current = loop;
        OrderFeed x3 = feed;
        SourceMetrics m = metrics;
        feed = null; // Connect may stop a task twice: the feed is closed once
        Cleanup.all(log, "the X3 source task", Cleanup.closing(current == null ? null : current::stop),
                Cleanup.closing(x3), Cleanup.closing(m));
    }
}
