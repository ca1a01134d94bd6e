package dev.x3ups.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Exponential, capped wait between retries: retry n may wait up to min(max, initial·2^(n-1)).
 * {@link #delay} adds "equal jitter" (between half and all of that ceiling) for callers whose retries
 * would otherwise arrive together; {@link #ceiling} is the exact wait for callers that retry alone.
 */
public final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;

    public Backoff(Duration initial, Duration max) {
        this(initial, max, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** {@code random} gives values in [0, 1); tests pass a constant. */
    public Backoff(Duration initial, Duration max, DoubleSupplier random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The longest wait before retry number {@code attempt} (1 = first retry). */
    public Duration ceiling(int attempt) {
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        double nanos = initial.toNanos() * Math.pow(2, shift);
        return Duration.ofNanos((long) Math.min(nanos, max.toNanos()));
    }

    /** A jittered wait before retry number {@code attempt}: between half and all of its {@link #ceiling}. */
    public Duration delay(int attempt) {
        long ceiling = ceiling(attempt).toNanos();
        long half = ceiling / 2;
        return Duration.ofNanos(half + (long) (random.getAsDouble() * (ceiling - half)));
    }
}
