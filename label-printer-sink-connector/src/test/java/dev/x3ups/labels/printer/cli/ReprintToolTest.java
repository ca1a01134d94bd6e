package dev.x3ups.labels.printer.cli;

import static dev.x3ups.labels.printer.testing.Documents.label;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.labels.printer.print.Printer;
import dev.x3ups.labels.printer.print.TcpPrinter;
import dev.x3ups.labels.printer.testing.Documents;
import dev.x3ups.records.DocumentFormat;
import dev.x3ups.records.DocumentKind;
import dev.x3ups.records.LabelDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReprintToolTest {

    @TempDir
    Path directory;

    private final List<LabelDocument> topic = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printsTheOrdersCurrentDocumentsInPackageOrderToADirectory() throws Exception {
        topic.add(label("ATL", "SO0001", 2, 2));
        topic.add(label("ATL", "SO0002", 1, 1));
        topic.add(label("ATL", "SO0001", 1, 2));
        topic.add(Documents.as(label("ATL", "SO0001", 1, 2), DocumentKind.COMMERCIAL_INVOICE, DocumentFormat.PDF));

        int exit = run("--bootstrap-servers", "k:9092", "--order", "SEED:SALES:SO0001", "--directory",
                directory.toString());

        assertThat(exit).isZero();
        assertThat(files()).containsExactly("ATL_SEED-SALES-SO0001_001of002_COMMERCIAL_INVOICE_1Z999AA1000101.pdf",
                "ATL_SEED-SALES-SO0001_001of002_LABEL_1Z999AA1000101.zpl",
                "ATL_SEED-SALES-SO0001_002of002_LABEL_1Z999AA1000102.zpl");
        assertThat(out.toString()).contains("printed 3 documents");
    }

    @Test
    void aVoidedPackageIsNotReprintedAndTheLatestRecordWins() throws Exception {
        LabelDocument voided = label("ATL", "SO0001", 1, 2);
        topic.add(voided);
        topic.add(label("ATL", "SO0001", 2, 2));
        topic.add(LabelDocument.voiding(voided, Instant.EPOCH));
        topic.add(label("ATL", "SO0001", 2, 2));

        int exit = run("--bootstrap-servers", "k:9092", "--order", "SEED:SALES:SO0001", "--dry-run", "--directory",
                directory.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("would print 1 documents").doesNotContain(voided.trackingNumber());
        assertThat(files()).isEmpty();
    }

    @Test
    void oneTrackingNumberCanBeReprinted() throws Exception {
        topic.add(label("ATL", "SO0001", 1, 2));
        topic.add(label("ATL", "SO0001", 2, 2));

        run("--bootstrap-servers", "k:9092", "--tracking", Documents.tracking("SO0001", 2), "--directory",
                directory.toString());

        assertThat(files()).containsExactly("ATL_SEED-SALES-SO0001_002of002_LABEL_1Z999AA1000102.zpl");
    }

    @Test
    void nothingToPrintIsExitTwoWithTheReason() {
        int exit = run("--bootstrap-servers", "k:9092", "--order", "SEED:SALES:SO0404", "--printer", "p:9100");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no current documents of order SEED:SALES:SO0404");
    }

    @Test
    void orderAndTrackingAreExclusiveAndOneDestinationIsNeeded() {
        assertThat(run("--bootstrap-servers", "k", "--order", "o", "--tracking", "t", "--printer", "p")).isEqualTo(2);
        assertThat(run("--bootstrap-servers", "k", "--order", "o")).isEqualTo(2);
    }

    @Test
    void thePrinterOptionIsHostAndPortWith9100ByDefault() {
        ReprintTool tool = new ReprintTool(t -> null, t -> null);
        new CommandLine(tool).parseArgs("--bootstrap-servers", "k", "--order", "o", "--printer", "zebra-atl");

        Printer printer = ReprintTool.printer(tool);

        assertThat(printer).isInstanceOf(TcpPrinter.class).hasToString("tcp://zebra-atl:9100");
    }

    private int run(String... args) {
        CommandLine cli = ReprintTool.commandLine(tool -> documents -> topic.forEach(documents), ReprintTool::printer);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
