package dev.x3ups.quickstart.progress;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressPrinterTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicReference<ProgressSnapshot> current = new AtomicReference<>(snapshot(0));

    @Test
    void printsWhenThePipelineMovesAndOnlySometimesWhenIdle() {
        printer = new ProgressPrinter(current::get, out, nanos::get, 0, 3);

        tickAt(2);                              // first sample: printed
        tickAt(4);                              // unchanged
        current.set(snapshot(5));
        tickAt(6);                              // changed: printed
        tickAt(8);
        tickAt(10);
        tickAt(12);                             // third quiet tick: printed again

        assertThat(lines()).filteredOn(l -> l.startsWith("[")).containsExactly(
                ProgressLine.format(snapshot(0), java.time.Duration.ofSeconds(2)),
                ProgressLine.format(snapshot(5), java.time.Duration.ofSeconds(6)),
                ProgressLine.format(snapshot(5), java.time.Duration.ofSeconds(12)));
        assertThat(printer.elapsed()).hasSeconds(12);
    }

    @Test
    void tellsOnceWhenTheFirstShipmentIsCreated() {
        printer = new ProgressPrinter(current::get, out, nanos::get, 0, 100);
        tickAt(2);
        current.set(new ProgressSnapshot(5, 5, 1, 0, 0, 0, 0, 0, 0, 0, 0));
        tickAt(14);
        current.set(new ProgressSnapshot(5, 5, 3, 0, 0, 0, 0, 0, 0, 0, 0));
        tickAt(16);

        assertThat(lines()).filteredOn(l -> l.startsWith("..."))
                .containsExactly("... first shipment created 14 s after start");
    }

    @Test
    void aFailingSampleIsReportedAndTheNextTickStillRuns() {
        AtomicReference<RuntimeException> failure = new AtomicReference<>(new IllegalStateException("closed"));
        ProgressPrinter failing = new ProgressPrinter(() -> {
            RuntimeException e = failure.getAndSet(null);
            if (e != null) {
                throw e;
            }
            return snapshot(1);
        }, out, nanos::get, 0, 3);

        failing.tick();
        failing.tick();

        assertThat(lines()).hasSize(3);
        assertThat(lines()[0]).contains("progress sample failed").contains("closed");
        assertThat(lines()[2]).contains("orders 1/1");
    }

    private void tickAt(long seconds) {
        nanos.set(seconds * 1_000_000_000L);
        printer.tick();
    }

    private ProgressPrinter printer;

    private String[] lines() {
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? new String[0] : text.split(System.lineSeparator());
    }

    private static ProgressSnapshot snapshot(int n) {
        return new ProgressSnapshot(n, n, n, 0, n, n, 0, n, 0, 0, n);
    }
}
