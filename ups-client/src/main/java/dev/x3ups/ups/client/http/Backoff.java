package dev.x3ups.ups.client.http;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/** Exponential backoff with "equal jitter": attempt n waits between half and all of min(max, initial·2^(n-1)). */
public final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;

    public Backoff(Duration initial, Duration max) {
        this(initial, max, () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble());
    }

    Backoff(Duration initial, Duration max, DoubleSupplier random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** Delay before retry number {@code attempt} (1 = first retry). */
    public Duration delay(int attempt) {
        long ceiling = ceilingNanos(attempt);
        long half = ceiling / 2;
        return Duration.ofNanos(half + (long) (random.getAsDouble() * (ceiling - half)));
    }

    long ceilingNanos(int attempt) {
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        double nanos = initial.toNanos() * Math.pow(2, shift);
        return (long) Math.min(nanos, max.toNanos());
    }
}
