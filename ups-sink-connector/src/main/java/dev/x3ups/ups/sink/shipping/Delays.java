package dev.x3ups.ups.sink.shipping;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Waits without holding a thread: the returned future completes after the delay. */
@FunctionalInterface
public interface Delays {

    CompletableFuture<Void> after(Duration delay);

    /** Delays on {@code scheduler}; once it is shut down the futures fail, which ends waiting work on stop. */
    static Delays on(ScheduledExecutorService scheduler) {
        return delay -> {
            CompletableFuture<Void> done = new CompletableFuture<>();
            try {
                scheduler.schedule(() -> done.complete(null), delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
            return done;
        };
    }
}
