package dev.x3ups.x3.sink.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.x3.sink.metrics.SinkMetrics;
import dev.x3ups.x3.sink.testing.Records;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class ErrantRecordsTest {

    private final SinkMetrics metrics = new SinkMetrics();
    private final List<Throwable> reported = new ArrayList<>();
    private final SinkRecord record = Records.record(Records.created(Records.ORDER, "1Z1"));

    @Test
    void reportsWithTheReasonOnceEvenWhenRedelivered() throws Exception {
        ErrantRecordReporter reporter = (r, error) -> {
            reported.add(error);
            return CompletableFuture.completedFuture(null);
        };
        ErrantRecords errant = new ErrantRecords(reporter, metrics);
        errant.report(record, "X3 rejected: YORDNUM unknown order");
        errant.report(record, "X3 rejected: YORDNUM unknown order");
        errant.awaitReported();
        assertThat(reported).singleElement().isInstanceOf(UnwritableRecordException.class)
                .extracting(Throwable::getMessage).isEqualTo("X3 rejected: YORDNUM unknown order");
        assertThat(metrics.failures()).isEqualTo(1);
        errant.batchCommitted();
        errant.report(record, "again");
        assertThat(reported).hasSize(2);
    }

    @Test
    void logsWhenNoReporterIsConfigured() throws Exception {
        ErrantRecords errant = new ErrantRecords(null, metrics);
        errant.report(record, "malformed record: no order key");
        errant.awaitReported();
        assertThat(metrics.failures()).isEqualTo(1);
    }

    @Test
    void aFailedDlqWriteStopsTheOffsetFromPassing() {
        ErrantRecords errant = new ErrantRecords((r, e) -> CompletableFuture.failedFuture(new IllegalStateException("dlq down")),
                metrics);
        errant.report(record, "bad");
        assertThatThrownBy(errant::awaitReported).isInstanceOf(ConnectException.class).hasRootCauseMessage("dlq down");
    }
}
