package dev.x3ups.labels.printer.spool;

import static dev.x3ups.labels.printer.testing.Documents.label;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.labels.printer.metrics.PrinterMetrics;
import dev.x3ups.labels.printer.print.Printer;
import dev.x3ups.labels.printer.testing.Documents;
import dev.x3ups.records.DocumentFormat;
import dev.x3ups.records.DocumentKind;
import dev.x3ups.records.LabelDocument;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class PrintSpoolerTest {
    private static final TopicPartition P0 = new TopicPartition(Documents.TOPIC, 0);

    private final FakePrinter atl = new FakePrinter();
    private final FakePrinter rno = new FakePrinter();
    private final PrinterMetrics metrics = new PrinterMetrics();
    private final PrintSpooler spooler = new PrintSpooler(Map.of("ATL", atl, "RNO", rno), Duration.ofMillis(100),
            Duration.ofMillis(400), metrics);
    private long offset;

    @Test
    void aShipmentsDocumentsPrintTogetherInPackageOrderWhateverTheArrivalOrder() {
        add(label("ATL", "SO0001", 2, 3));
        add(label("ATL", "SO0002", 1, 1));
        add(label("ATL", "SO0001", 3, 3));
        add(Documents.as(label("ATL", "SO0001", 1, 3), DocumentKind.COMMERCIAL_INVOICE, DocumentFormat.ZPL));
        add(label("ATL", "SO0001", 1, 3));

        spooler.deliver(0);

        assertThat(atl.jobs).containsExactly(
                List.of("SO0001/1 LABEL", "SO0001/1 COMMERCIAL_INVOICE", "SO0001/2 LABEL", "SO0001/3 LABEL"),
                List.of("SO0002/1 LABEL"));
        assertThat(metrics.site("ATL").documentsPrinted()).isEqualTo(5);
        assertThat(metrics.site("ATL").bytesPrinted()).isPositive();
        assertThat(spooler.backlog()).isZero();
    }

    @Test
    void aPrinterThatIsDownKeepsItsDocumentsAndIsRetriedWithBackoff() {
        atl.down = true;
        add(label("ATL", "SO0001", 1, 1));
        add(label("ATL", "SO0002", 1, 1));
        add(label("RNO", "SO0003", 1, 1));

        spooler.deliver(0);

        assertThat(rno.jobs).hasSize(1);
        assertThat(spooler.backlog()).isEqualTo(2);
        assertThat(metrics.site("ATL").backlog()).isEqualTo(2);
        assertThat(spooler.dueInMillis(0)).isEqualTo(100);
        spooler.deliver(150);
        assertThat(spooler.dueInMillis(150)).isEqualTo(200); // doubled
        spooler.deliver(200); // not due yet
        assertThat(atl.attempts).isEqualTo(2);

        atl.down = false;
        spooler.deliver(350);

        assertThat(atl.jobs).containsExactly(List.of("SO0001/1 LABEL"), List.of("SO0002/1 LABEL"));
        assertThat(metrics.site("ATL").failures()).isEqualTo(2);
        assertThat(spooler.backlog()).isZero();
        assertThat(spooler.dueInMillis(350)).isEqualTo(-1);
    }

    @Test
    void theCommittedOffsetStaysAtTheOldestDocumentNotPrinted() {
        rno.down = true;
        add(label("ATL", "SO0001", 1, 1)); // offset 0
        add(label("RNO", "SO0002", 1, 1)); // offset 1
        add(label("ATL", "SO0003", 1, 1)); // offset 2
        TopicPartition other = new TopicPartition(Documents.TOPIC, 1);

        spooler.deliver(0);

        assertThat(spooler.committable(Map.of(P0, new OffsetAndMetadata(3), other, new OffsetAndMetadata(7))))
                .containsEntry(P0, new OffsetAndMetadata(1)).containsEntry(other, new OffsetAndMetadata(7));
        rno.down = false;
        spooler.deliver(1_000);
        assertThat(spooler.committable(Map.of(P0, new OffsetAndMetadata(3)))).containsEntry(P0, new OffsetAndMetadata(3));
    }

    @Test
    void aVoidWithdrawsTheWaitingDocumentsOfItsTrackingNumber() {
        atl.down = true;
        LabelDocument first = label("ATL", "SO0001", 1, 2);
        add(first);
        add(label("ATL", "SO0001", 2, 2));
        spooler.deliver(0);

        assertThat(spooler.withdraw(first.trackingNumber())).isEqualTo(1);
        atl.down = false;
        spooler.deliver(1_000);

        assertThat(atl.jobs).containsExactly(List.of("SO0001/2 LABEL"));
        assertThat(metrics.site("ATL").documentsWithdrawn()).isEqualTo(1);
    }

    @Test
    void documentsOfARevokedPartitionAreForgotten() {
        atl.down = true;
        add(label("ATL", "SO0001", 1, 1));
        spooler.deliver(0);

        spooler.drop(List.of(P0));

        assertThat(spooler.backlog()).isZero();
        assertThat(spooler.committable(Map.of(P0, new OffsetAndMetadata(1)))).containsEntry(P0, new OffsetAndMetadata(1));
    }

    @Test
    void backoffDoublesUpToItsMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1_000));

        assertThat(List.of(backoff.millis(0), backoff.millis(1), backoff.millis(2), backoff.millis(5), backoff.millis(99)))
                .containsExactly(0L, 100L, 200L, 1_000L, 1_000L);
    }

    private void add(LabelDocument document) {
        spooler.add(new SpooledDocument(document, P0, offset++));
    }

    private static final class FakePrinter implements Printer {
        final List<List<String>> jobs = new ArrayList<>();
        boolean down;
        int attempts;

        @Override
        public void print(List<LabelDocument> documents) throws IOException {
            attempts++;
            if (down) {
                throw new IOException("Connection refused");
            }
            jobs.add(documents.stream().map(d -> d.orderKey().substring(11) + "/" + d.packageSequence() + " " + d.kind())
                    .toList());
        }
    }
}
