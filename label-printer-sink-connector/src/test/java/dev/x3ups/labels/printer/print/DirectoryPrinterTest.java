package dev.x3ups.labels.printer.print;

import static dev.x3ups.labels.printer.testing.Documents.label;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.labels.printer.testing.Documents;
import dev.x3ups.records.DocumentFormat;
import dev.x3ups.records.DocumentKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryPrinterTest {

    @TempDir
    Path directory;

    @Test
    void writesOneFilePerDocumentNamedBySiteOrderPackageAndKind() throws IOException {
        new DirectoryPrinter(directory).print(List.of(label("MIS", "SO0007", 1, 2),
                Documents.as(label("MIS", "SO0007", 1, 2), DocumentKind.COMMERCIAL_INVOICE, DocumentFormat.PDF)));

        assertThat(names()).containsExactly(
                "MIS_SEED-SALES-SO0007_001of002_COMMERCIAL_INVOICE_1Z999AA1000701.pdf",
                "MIS_SEED-SALES-SO0007_001of002_LABEL_1Z999AA1000701.zpl");
        assertThat(Files.readAllBytes(directory.resolve("MIS_SEED-SALES-SO0007_001of002_LABEL_1Z999AA1000701.zpl")))
                .isEqualTo(Documents.zpl("SO0007", 1));
    }

    @Test
    void printingAgainReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        DirectoryPrinter printer = new DirectoryPrinter(directory);

        printer.print(List.of(label("MIS", "SO0007", 1, 1)));
        printer.print(List.of(label("MIS", "SO0007", 1, 1)));

        assertThat(names()).containsExactly("MIS_SEED-SALES-SO0007_001of001_LABEL_1Z999AA1000701.zpl");
    }

    @Test
    void aMissingDirectoryIsAnIoFailure() {
        DirectoryPrinter printer = new DirectoryPrinter(directory.resolve("gone"));

        assertThatThrownBy(() -> printer.print(List.of(label("MIS", "SO0007", 1, 1)))).isInstanceOf(IOException.class);
    }

    @Test
    void fileNamesHoldNoPathOrDriveCharacters() {
        assertThat(FileNames.safe("../a:b/c\\d e")).isEqualTo("-.-a-b-c-d-e");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
