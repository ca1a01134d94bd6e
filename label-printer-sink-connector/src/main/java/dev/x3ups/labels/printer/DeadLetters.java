package dev.x3ups.labels.printer;

import dev.x3ups.labels.printer.metrics.PrinterMetrics;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Documents that can never print (no printer for their site, a format the printer cannot take, not a label
 * record at all) go to Connect's errant record reporter, which writes them to the dead letter queue with the
 * reason in the {@code __connect.errors.exception.message} header; without one they are logged as errors. Either
 * way the task goes on. Connect waits for the reported records before it commits their offsets.
 */
class DeadLetters {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final ErrantRecordReporter reporter;
    private final PrinterMetrics metrics;

    /** {@code reporter} null when the connector has no dead letter queue or the worker predates them. */
    DeadLetters(ErrantRecordReporter reporter, PrinterMetrics metrics) {
        this.reporter = reporter;
        this.metrics = metrics;
    }

    void report(SinkRecord record, String site, String reason) {
        metrics.site(site == null ? "unknown" : site).deadLettered();
        if (reporter == null) {
            LOG.error("Record {}-{}@{} cannot be printed and is skipped (no dead letter queue configured): {}",
                    record.topic(), record.kafkaPartition(), record.kafkaOffset(), reason);
            return;
        }
        reporter.report(record, new UnprintableDocumentException(reason));
    }

    /** Why a document can never print; its message becomes the dead letter's reason header. */
    static final class UnprintableDocumentException extends ConnectException {
        private static final long serialVersionUID = 1L;

        UnprintableDocumentException(String message) {
            super(message);
        }
    }
}
