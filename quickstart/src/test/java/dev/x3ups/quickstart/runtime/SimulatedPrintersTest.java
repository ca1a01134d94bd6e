package dev.x3ups.quickstart.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedPrintersTest {

    @Test
    void countsEachZplLabelOfAJobAndRemembersItsTrackingNumber() throws Exception {
        try (SimulatedPrinters printers = SimulatedPrinters.start(List.of("ATL", "RNO"))) {
            assertThat(printers.ports()).containsOnlyKeys("ATL", "RNO");
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), printers.ports().get("RNO"))) {
                OutputStream out = socket.getOutputStream();
                out.write(("^XA^FD1ZA1B2C30300000011^FS^XZ\n^XA^FD1ZA1B2C30300000029^FS^XZ")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> printers.documents() == 2);
            assertThat(printers.printed("1ZA1B2C30300000011")).isTrue();
            assertThat(printers.printed("1ZA1B2C30300000029")).isTrue();
            assertThat(printers.printed("1ZA1B2C30300000037")).isFalse();
        }
    }

    @Test
    void aJobCutOffMidLabelCountsOnlyItsCompleteLabels() {
        assertThat(SimulatedPrinters.labels("^XA^FDa^XZ^XA^FDb")).containsExactly("^XA^FDa^XZ");
    }
}
