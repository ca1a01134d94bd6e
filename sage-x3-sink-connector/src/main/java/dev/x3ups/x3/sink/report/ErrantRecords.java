package dev.x3ups.x3.sink.report;

import dev.x3ups.x3.sink.metrics.SinkMetrics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports records that can never be written — to Connect's errant record reporter (the DLQ) when the
 * connector has one, else as a logged error — so one bad record never stops the task. A record is
 * reported once even when Connect re-delivers its batch.
 */
public final class ErrantRecords {

    private static final Logger LOG = LoggerFactory.getLogger(ErrantRecords.class);

    private final ErrantRecordReporter reporter;
    private final SinkMetrics metrics;
    private final List<Future<Void>> pending = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();

    /** {@code reporter} null when the connector has no DLQ / error reporting configured. */
    public ErrantRecords(ErrantRecordReporter reporter, SinkMetrics metrics) {
        this.reporter = reporter;
        this.metrics = metrics;
    }

    public void report(SinkRecord record, String reason) {
        String coordinates = record.topic() + "-" + record.kafkaPartition() + "@" + record.kafkaOffset();
        if (!reported.add(coordinates)) {
            return;
        }
        metrics.failure();
        if (reporter == null) {
            LOG.error("Record {} cannot be written to X3 and is skipped (no errant record reporter configured): {}",
                    coordinates, reason);
            return;
        }
        pending.add(reporter.report(record, new UnwritableRecordException(reason)));
    }

    /** Waits until the reported records are safely in the DLQ, so their offsets may be committed. */
    public void awaitReported() throws InterruptedException {
        try {
            for (Future<Void> future : pending) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new ConnectException("could not report an unwritable record to the dead letter queue", e.getCause());
        } finally {
            pending.clear();
        }
    }

    /** The batch got through: Connect will not re-deliver these records. */
    public void batchCommitted() {
        reported.clear();
    }
}
