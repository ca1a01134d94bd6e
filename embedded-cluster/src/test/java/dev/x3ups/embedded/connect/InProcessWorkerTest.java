package dev.x3ups.embedded.connect;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting against a real broker is covered by EmbeddedClusterTest. */
class InProcessWorkerTest {

    @Test
    void notStartedWorkerHasNoUrlAndStopsQuietly() {
        InProcessWorker worker = InProcessWorker.distributed("w", Map.of());

        assertThatThrownBy(worker::restUrl).hasMessageContaining("w not started");
        worker.stop();
        assertThat(worker.isRunning()).isFalse();
        assertThat(worker).hasToString("InProcessWorker[w]");
    }
}
