package dev.x3ups.ups.tracking;

import dev.x3ups.connect.Cleanup;
import dev.x3ups.connect.metrics.TaskMetrics;
import dev.x3ups.ups.tracking.config.TrackingSourceConfig;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosts the listener and the reconcilers (see {@link UpsTrackingSourceConnector} on why there is one task).
 * {@code poll()} returns within half a second when idle, so Connect can stop the task promptly;
 * {@code commitRecord} answers the webhook requests waiting for Kafka.
 */
public final class UpsTrackingSourceTask extends SourceTask {
    private static final Logger LOG = LoggerFactory.getLogger(UpsTrackingSourceTask.class);
    private volatile TrackingService service;
    private volatile TaskMetrics metrics;

    @Override
    public void start(Map<String, String> props) {
        TrackingSourceConfig config = new TrackingSourceConfig(props);
        metrics = TaskMetrics.forTask(context, props);
        try {
            service = TrackingService.start(config, OffsetSeed.readerOf(context), metrics);
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
            throw new ConnectException("interrupted while starting the UPS tracking source");
        } catch (Exception e) {
            stop();
            throw new ConnectException("UPS tracking source could not start: " + e.getMessage(), e);
        } catch (Throwable e) {
            stop(); // Connect calls stop() only after a start() that returned
            throw e;
        }
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        TrackingService s = service;
        if (s == null) {
            return null;
        }
        List<SourceRecord> records = s.poll();
        return records.isEmpty() ? null : records;
    }

    @Override
    public void commitRecord(SourceRecord record, RecordMetadata metadata) {
        TrackingService s = service;
        if (s != null) {
            s.committed(record, metadata);
        }
    }

    @Override
    public void stop() {
        TrackingService s = service;
        service = null;
        TaskMetrics m = metrics;
        metrics = null;
        Cleanup.all(LOG, "the UPS tracking source task", Cleanup.closing(s), Cleanup.closing(m));
    }

    @Override
    public String version() {
        return Version.get();
    }
}
