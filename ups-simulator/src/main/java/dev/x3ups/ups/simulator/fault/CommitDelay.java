package dev.x3ups.ups.simulator.fault;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long after the call a late-committed request does its work: fixed ({@code min == max}) or drawn
 * uniformly between {@code min} and {@code max}. Wall-clock time, like the hold, because what it races
 * against is the client's own timeout.
 */
public record CommitDelay(Duration min, Duration max) {

    public CommitDelay {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("need 0 <= min <= max");
        }
    }

    public static CommitDelay fixed(Duration d) {
        return new CommitDelay(d, d);
    }

    /** Uniform between zero and {@code max}: "up to 60 s after the call". */
    public static CommitDelay upTo(Duration max) {
        return new CommitDelay(Duration.ZERO, max);
    }

    public static CommitDelay between(Duration min, Duration max) {
        return new CommitDelay(min, max);
    }

    public long sampleMillis(RandomGenerator random) {
        long low = min.toMillis();
        long high = max.toMillis();
        return high == low ? low : low + random.nextLong(high - low + 1);
    }
}
