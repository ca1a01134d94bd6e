package dev.x3ups.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class CleanupTest {

    @Test
    void runsEveryStepAfterAnErrorAndReturnsTheFirstFailure() {
        List<String> released = new ArrayList<>();
        Throwable failure = Cleanup.all(LoggerFactory.getLogger(CleanupTest.class), "test resources",
                () -> {
                    throw new NoSuchMethodError("TaskContext.pluginMetrics()");
                },
                () -> released.add("consumer"),
                () -> {
                    throw new IllegalStateException("second");
                },
                () -> released.add("threads"));

        assertThat(released).containsExactly("consumer", "threads");
        assertThat(failure).isInstanceOf(NoSuchMethodError.class);
    }

    @Test
    void closingNothingIsNoStep() throws Exception {
        Cleanup.closing(null).run();
        List<String> closed = new ArrayList<>();
        Cleanup.closing(() -> closed.add("consumer")).run();
        assertThat(closed).containsExactly("consumer");
    }

    @Test
    void returnsNullWhenEverythingWasReleased() {
        assertThat(Cleanup.all(LoggerFactory.getLogger(CleanupTest.class), "nothing", () -> { })).isNull();
    }
}
