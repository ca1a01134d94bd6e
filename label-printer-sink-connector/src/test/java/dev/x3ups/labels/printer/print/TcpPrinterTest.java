package dev.x3ups.labels.printer.print;

import static dev.x3ups.labels.printer.testing.Documents.label;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.x3ups.labels.printer.testing.PrinterListener;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TcpPrinterTest {

    @Test
    void sendsAShipmentsDocumentsInOrderOverOneConnection() throws IOException {
        try (PrinterListener listener = PrinterListener.start()) {
            TcpPrinter printer = new TcpPrinter("127.0.0.1", listener.port(), Duration.ofSeconds(2));

            printer.print(List.of(label("ATL", "SO0001", 1, 2), label("ATL", "SO0001", 2, 2)));

            await().atMost(Duration.ofSeconds(5)).until(() -> listener.jobs().size() == 1);
            assertThat(listener.labels()).containsExactly("^XA^FO50,50^FDSO0001 package 1^FS^XZ",
                    "^XA^FO50,50^FDSO0001 package 2^FS^XZ");
        }
    }

    @Test
    void aPrinterRefusingConnectionsIsAnIoFailure() {
        PrinterListener listener = PrinterListener.start();
        listener.down();
        TcpPrinter printer = new TcpPrinter("127.0.0.1", listener.port(), Duration.ofSeconds(2));

        assertThatThrownBy(() -> printer.print(List.of(label("ATL", "SO0001", 1, 1)))).isInstanceOf(IOException.class);
    }
}
