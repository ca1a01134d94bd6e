package dev.x3ups.quickstart.runtime;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShutdownTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Shutdown shutdown = new Shutdown(new PrintStream(err, true, StandardCharsets.UTF_8));
    private final List<String> stopped = new ArrayList<>();

    @Test
    void stopsInReverseStartOrderExactlyOnce() {
        shutdown.onClose("simulators", () -> stopped.add("simulators"));
        shutdown.onClose("broker", () -> stopped.add("broker"));
        shutdown.onClose("worker", () -> stopped.add("worker"));

        shutdown.closeAll();
        shutdown.closeAll();

        assertThat(stopped).containsExactly("worker", "broker", "simulators");
        assertThat(shutdown.isClosed()).isTrue();
    }

    @Test
    void aFailingStepIsReportedAndTheRestStillStop() {
        shutdown.onClose("broker", () -> stopped.add("broker"));
        shutdown.onClose("worker", () -> {
            throw new IllegalStateException("stuck task");
        });

        shutdown.closeAll();

        assertThat(stopped).containsExactly("broker");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("stopping worker failed").contains("stuck task");
    }

    @Test
    void nothingCanBeAddedAfterShutdown() {
        shutdown.closeAll();

        assertThatThrownBy(() -> shutdown.onClose("late", () -> { })).isInstanceOf(IllegalStateException.class);
    }
}
