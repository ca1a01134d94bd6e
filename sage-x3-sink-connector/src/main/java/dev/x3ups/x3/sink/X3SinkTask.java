package dev.x3ups.x3.sink;

import dev.x3ups.connect.Cleanup;
import dev.x3ups.connect.metrics.TaskMetrics;
import dev.x3ups.x3.sink.config.X3SinkConfig;
import dev.x3ups.x3.sink.intake.RecordDecoder;
import dev.x3ups.x3.sink.metrics.MetricsBinding;
import dev.x3ups.x3.sink.metrics.SinkMetrics;
import dev.x3ups.x3.sink.report.ErrantRecords;
import dev.x3ups.x3.sink.status.StatusMerge;
import dev.x3ups.x3.sink.status.TrackingNumbers;
import dev.x3ups.x3.sink.target.X3Session;
import dev.x3ups.x3.sink.target.X3Sessions;
import dev.x3ups.x3.sink.write.BatchWriter;
import dev.x3ups.x3.sink.write.CapacityWarnings;
import dev.x3ups.x3.sink.write.KnownStates;
import dev.x3ups.x3.sink.write.OrderWriter;
import dev.x3ups.x3.sink.write.Retrier;
import dev.x3ups.x3.sink.write.Sleeper;
import java.util.Collection;
import java.util.Map;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connect-facing shell of the X3 sink; the work is done by {@link TrackingSink}. */
public class X3SinkTask extends SinkTask {
    private static final Logger LOG = LoggerFactory.getLogger(X3SinkTask.class);

    private final X3Sessions sessions;
    private X3Session session;
    private TrackingSink sink;
    private long redeliveryBackoffMillis;
    private SinkMetrics metrics;
    private TaskMetrics taskMetrics;

    public X3SinkTask() {
        this(X3Sessions.REAL);
    }

    X3SinkTask(X3Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void start(Map<String, String> props) {
        X3SinkConfig config = new X3SinkConfig(props);
        taskMetrics = TaskMetrics.forTask(context, props);
        try {
            open(config);
        } catch (Throwable t) {
            stop(); // release at once, whether or not the worker calls stop() after a failed start()
            throw t;
        }
    }

    private void open(X3SinkConfig config) {
        metrics = new SinkMetrics();
        MetricsBinding.bind(metrics, taskMetrics);
        session = sessions.open(config);
        Retrier retrier = new Retrier(config.getInt(X3SinkConfig.RETRY_MAX_ATTEMPTS_CONFIG), config.retryBackoff(),
                config.retryBackoffMax(), Sleeper.THREAD);
        redeliveryBackoffMillis = retrier.redeliveryBackoff().toMillis();
        int cachedOrders = config.getInt(X3SinkConfig.CACHE_MAX_ORDERS_CONFIG);
        TrackingNumbers numbers = config.trackingNumbers();
        OrderWriter writer = new OrderWriter(session.target(),
                new StatusMerge(config.statusVocabulary(), config.getString(X3SinkConfig.CARRIER_CONFIG).trim(), numbers,
                        config.voidedDisplay()),
                new KnownStates(cachedOrders), retrier, metrics, System::nanoTime,
                new CapacityWarnings(numbers.capacity(), cachedOrders),
                new OrderWriter.Policy(config.milestones(), config.getBoolean(X3SinkConfig.READ_BEFORE_WRITE_CONFIG),
                        cachedOrders));
        sink = new TrackingSink(config.endpoint(),
                new RecordDecoder(config.getString(X3SinkConfig.SHIPMENTS_TOPIC_CONFIG).trim(),
                        config.getString(X3SinkConfig.TRACKING_TOPIC_CONFIG).trim(),
                        config.getString(X3SinkConfig.PICKUPS_TOPIC_CONFIG).trim()),
                new BatchWriter(writer, config.getInt(X3SinkConfig.MAX_IN_FLIGHT_CONFIG)),
                new ErrantRecords(reporter(), metrics), metrics);
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        try {
            sink.put(records);
        } catch (RetriableException e) {
            context.timeout(redeliveryBackoffMillis);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetriableException("interrupted while writing to X3", e);
        }
    }

    @Override
    public void stop() {
        // Connect may stop a task twice: each resource is released once
        TrackingSink s = sink;
        X3Session x3 = session;
        TaskMetrics m = taskMetrics;
        sink = null;
        session = null;
        taskMetrics = null;
        Cleanup.all(LOG, "the X3 sink task", Cleanup.closing(s == null ? null : s::close), Cleanup.closing(x3),
                Cleanup.closing(m));
    }

    @Override
    public String version() {
        return Version.get();
    }

    SinkMetrics metrics() {
        return metrics;
    }

    private ErrantRecordReporter reporter() {
        try {
            return context.errantRecordReporter();
        } catch (NoSuchMethodError | NoClassDefFoundError e) {
            return null; // worker older than Kafka 2.6
        }
    }
}
