package dev.x3ups.x3.sink.write;

import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3TransientException;
import java.time.Duration;
import java.util.Objects;

/**
 * Retries X3 calls that failed transiently (5xx, timeouts, throttling, busy-pool diagnoses) with
 * exponential backoff, a bounded number of times; after that the {@link X3TransientException}
 * surfaces so the task can hand the batch back to Connect. Other errors are not retried.
 */
public final class Retrier {

    /** An X3 call. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws X3Exception;
    }

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Sleeper sleeper;

    public Retrier(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.initialBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff");
        this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    public <T> T call(Call<T> call) throws X3Exception, InterruptedException {
        Duration backoff = initialBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (X3Exception e) {
                if (!e.isRetriable() || attempt >= maxAttempts) {
                    throw e;
                }
            }
            sleeper.sleep(backoff);
            backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
        }
    }

    /** The wait Connect should leave before re-delivering a batch that failed transiently. */
    public Duration redeliveryBackoff() {
        return maxBackoff;
    }
}
