package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.connect.schedule.Scheduler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class DelaysTest {
    @Test
    void completesAfterTheDelayAndFailsOnceTheSchedulerIsClosed() {
        Scheduler scheduler = Scheduler.start("delays-test");
        Delays delays = Delays.on(scheduler);
        long start = System.nanoTime();

        CompletableFuture<Void> waited = delays.after(Duration.ofMillis(100));
        await().atMost(Duration.ofSeconds(5)).until(waited::isDone);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());

        scheduler.close();
        assertThat(delays.after(Duration.ofMillis(1))).isCompletedExceptionally();
    }
}
