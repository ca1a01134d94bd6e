package dev.x3ups.ups.tracking;

import dev.x3ups.ups.tracking.config.TrackingSourceConfig;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/**
 * Hosts the listener and the reconcilers (see {@link UpsTrackingSourceConnector} on why there is one task).
 * {@code poll()} returns within half a second when idle, so Connect can stop the task promptly;
 * {@code commitRecord} answers the webhook requests waiting for Kafka.
 */
public final class UpsTrackingSourceTask extends SourceTask {
    private volatile TrackingService service;

    @Override
    public void start(Map<String, String> props) {
        TrackingSourceConfig config = new TrackingSourceConfig(props);
        PluginMetrics metrics = null;
        try {
            metrics = context.pluginMetrics();
        } catch (RuntimeException | LinkageError e) {
            // an older worker without KIP-877: the counters stay internal
        }
        try {
            service = TrackingService.start(config, OffsetSeed.readerOf(context), metrics);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("interrupted while starting the UPS tracking source");
        } catch (Exception e) {
            throw new ConnectException("UPS tracking source could not start: " + e.getMessage(), e);
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
        if (s != null) {
            s.close();
        }
    }

    @Override
    public String version() {
        return Version.get();
    }
}
