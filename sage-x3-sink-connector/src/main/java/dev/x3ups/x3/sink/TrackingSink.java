package dev.x3ups.x3.sink;

import dev.x3ups.records.OrderKey;
import dev.x3ups.x3.sink.intake.OrderBatch;
import dev.x3ups.x3.sink.intake.OrderUpdate;
import dev.x3ups.x3.sink.intake.RecordDecoder;
import dev.x3ups.x3.sink.metrics.SinkMetrics;
import dev.x3ups.x3.sink.report.ErrantRecords;
import dev.x3ups.x3.sink.write.BatchWriter;
import dev.x3ups.x3.sink.write.Outcome;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code put()}: decode, coalesce per order, write, report what can never apply. Returns only when
 * every record is written, unchanged or reported, so the offsets Connect commits afterwards never
 * cover a record X3 has not seen. Transient X3 failures throw {@link RetriableException}: Connect
 * re-delivers the same batch, and orders already written are then unchanged and cost no write.
 */
final class TrackingSink {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingSink.class);

    private final String folder;
    private final RecordDecoder decoder;
    private final BatchWriter writer;
    private final ErrantRecords errant;
    private final SinkMetrics metrics;
    private final Set<String> foreignFolders = new HashSet<>();

    TrackingSink(String folder, RecordDecoder decoder, BatchWriter writer, ErrantRecords errant, SinkMetrics metrics) {
        this.folder = folder;
        this.decoder = decoder;
        this.writer = writer;
        this.errant = errant;
        this.metrics = metrics;
    }

    void put(Collection<SinkRecord> records) throws InterruptedException {
        OrderBatch batch = new OrderBatch();
        for (SinkRecord record : records) {
            try {
                for (OrderUpdate update : decoder.decodeAll(record)) {
                    if (ownFolder(update.order())) {
                        batch.add(record, update);
                    }
                }
            } catch (DataException e) {
                errant.report(record, "malformed record: " + e.getMessage());
            } catch (RuntimeException e) {
                errant.report(record, "malformed record: " + e);
            }
        }
        metrics.coalesced(batch.coalesced());
        Map<OrderKey, Outcome> outcomes = writer.writeAll(batch.updatesByOrder());
        String retry = null;
        String unauthorized = null;
        for (Map.Entry<OrderKey, Outcome> entry : outcomes.entrySet()) {
            Outcome outcome = entry.getValue();
            switch (outcome.kind()) {
                case REJECTED -> batch.records(entry.getKey()).forEach(r -> errant.report(r,
                        "X3 rejected the tracking of order " + entry.getKey() + ": " + outcome.message()));
                case RETRY -> retry = entry.getKey() + ": " + outcome.message();
                case UNAUTHORIZED -> unauthorized = outcome.message();
                default -> { }
            }
        }
        errant.awaitReported();
        if (unauthorized != null) {
            throw new ConnectException("X3 refused the connector's credentials: " + unauthorized);
        }
        if (retry != null) {
            metrics.retry();
            throw new RetriableException("X3 kept failing transiently, the batch will be re-delivered (" + retry + ")");
        }
        errant.batchCommitted();
    }

    private boolean ownFolder(OrderKey order) {
        if (order.folder().equals(folder)) {
            return true;
        }
        if (foreignFolders.add(order.folder())) {
            LOG.warn("Skipping orders of folder {}: this connector writes to X3 folder {}", order.folder(), folder);
        }
        return false;
    }

    void close() {
        writer.close();
    }
}
