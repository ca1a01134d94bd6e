package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

class DelaysTest {
    @Test
    void completesAfterTheDelayAndFailsOnceTheSchedulerIsShutDown() {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        Delays delays = Delays.on(scheduler);
        long start = System.nanoTime();

        CompletableFuture<Void> waited = delays.after(Duration.ofMillis(100));
        await().atMost(Duration.ofSeconds(5)).until(waited::isDone);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());

        scheduler.shutdownNow();
        assertThat(delays.after(Duration.ofMillis(1))).isCompletedExceptionally();
    }
}
