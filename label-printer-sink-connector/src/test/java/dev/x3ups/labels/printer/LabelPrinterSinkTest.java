package dev.x3ups.labels.printer;

import static dev.x3ups.labels.printer.testing.Documents.label;
import static dev.x3ups.labels.printer.testing.Documents.record;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.labels.printer.config.LabelPrinterConfig;
import dev.x3ups.labels.printer.metrics.PrinterMetrics;
import dev.x3ups.labels.printer.print.Printer;
import dev.x3ups.labels.printer.spool.PrintSpooler;
import dev.x3ups.labels.printer.testing.Documents;
import dev.x3ups.records.DocumentFormat;
import dev.x3ups.records.DocumentKind;
import dev.x3ups.records.LabelDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class LabelPrinterSinkTest {
    private final List<String> printed = new ArrayList<>();
    private final Map<SinkRecord, String> deadLetters = new LinkedHashMap<>();
    private final PrinterMetrics metrics = new PrinterMetrics();
    private boolean down;
    private final LabelPrinterSink sink = sink();

    private LabelPrinterSink sink() {
        LabelPrinterConfig config = LabelPrinterConfig.from(Map.of("sites", "ATL", "site.ATL.printer.type", "TCP",
                "site.ATL.printer.host", "127.0.0.1"));
        Printer printer = documents -> {
            if (down) {
                throw new java.io.IOException("refused");
            }
            documents.forEach(d -> printed.add(d.trackingNumber()));
        };
        PrintSpooler spooler = new PrintSpooler(Map.of("ATL", printer), Duration.ofMillis(10), Duration.ofMillis(10),
                metrics);
        return new LabelPrinterSink(config.sites(), spooler, new DeadLetters((record, error) -> {
            deadLetters.put(record, error.getMessage());
            return CompletableFuture.completedFuture(null);
        }, metrics));
    }

    @Test
    void printsABatchAndSendsWhatCanNeverPrintToTheDeadLetterQueueWithTheReason() {
        SinkRecord unknownSite = record(label("XYZ", "SO0002", 1, 1), 0, 1);
        SinkRecord pdf = record(Documents.as(label("ATL", "SO0003", 1, 1), DocumentKind.COMMERCIAL_INVOICE,
                DocumentFormat.PDF), 0, 2);

        sink.put(List.of(record(label("ATL", "SO0001", 1, 1), 0, 0), unknownSite, pdf), 0);

        assertThat(printed).containsExactly(Documents.tracking("SO0001", 1));
        assertThat(deadLetters.get(unknownSite)).contains("no printer is configured for site 'XYZ'").contains("[ATL]");
        assertThat(deadLetters.get(pdf)).contains("takes [EPL, SPL, ZPL], not PDF");
        assertThat(metrics.site("XYZ").documentsDeadLettered()).isEqualTo(1);
    }

    @Test
    void aRecordThatIsNoLabelDocumentGoesToTheDeadLetterQueue() {
        SinkRecord text = new SinkRecord(Documents.TOPIC, 0, Schema.STRING_SCHEMA, "k", Schema.STRING_SCHEMA, "hello", 0);

        sink.put(List.of(text), 0);

        assertThat(deadLetters.get(text)).contains("not a ups.labels document").contains("schemas.enable=true");
    }

    @Test
    void aVoidInTheSameBatchOrLaterWithdrawsADocumentStillWaiting() {
        down = true;
        LabelDocument first = label("ATL", "SO0001", 1, 1);
        LabelDocument second = label("ATL", "SO0004", 1, 1);
        sink.put(List.of(record(first, 0, 0), record(second, 0, 1),
                record(LabelDocument.voiding(second, Instant.EPOCH), 0, 2)), 0);
        sink.put(List.of(record(LabelDocument.voiding(first, Instant.EPOCH), 0, 3)), 5);
        assertThat(sink.backlog()).isZero();

        down = false;
        sink.put(List.of(), 100);

        assertThat(printed).isEmpty();
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void tombstonesAreSkipped() {
        sink.put(List.of(new SinkRecord(Documents.TOPIC, 0, Schema.STRING_SCHEMA, "1Z", null, null, 0)), 0);

        assertThat(printed).isEmpty();
        assertThat(deadLetters).isEmpty();
    }
}
