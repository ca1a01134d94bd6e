package dev.x3ups.x3.sink.write;

import java.time.Duration;

/** Waits between retries; tests pass one that records the waits instead. */
@FunctionalInterface
public interface Sleeper {
    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
