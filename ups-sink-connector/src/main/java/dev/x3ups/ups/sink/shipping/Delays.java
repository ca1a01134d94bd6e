package dev.x3ups.ups.sink.shipping;

import dev.x3ups.connect.schedule.Scheduler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Waits without holding a thread: the returned future completes after the delay. */
@FunctionalInterface
public interface Delays {

    CompletableFuture<Void> after(Duration delay);

    /** Delays on the task's {@code scheduler}; once it is closed the futures fail, which ends waiting work on stop. */
    static Delays on(Scheduler scheduler) {
        return delay -> {
            CompletableFuture<Void> done = new CompletableFuture<>();
            try {
                scheduler.once("reconcile-pause", delay, () -> done.complete(null));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
            return done;
        };
    }
}
