package dev.x3ups.x3.simulator.data;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The X3 server clock that stamps CREDATTIM/UPDDATTIM: follows a base clock, can be frozen (many changes
 * share one second) and moved forward. Always answers in UTC at second precision, as X3 stores it.
 */
public final class SimClock {

    private final Clock base;
    private Duration offset;
    private Instant frozenAt;

    public SimClock(Clock base, Instant start) {
        this.base = base;
        this.offset = start == null ? Duration.ZERO : Duration.between(base.instant(), start);
    }

    public synchronized Instant now() {
        Instant t = frozenAt != null ? frozenAt : base.instant().plus(offset);
        return t.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Stops the clock at its current reading. */
    public synchronized void freeze() {
        frozenAt = now();
    }

    public synchronized void freezeAt(Instant instant) {
        frozenAt = instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Lets the clock run again from its current reading. */
    public synchronized void unfreeze() {
        if (frozenAt != null) {
            offset = Duration.between(base.instant(), frozenAt);
            frozenAt = null;
        }
    }

    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        if (frozenAt != null) {
            frozenAt = frozenAt.plus(by).truncatedTo(ChronoUnit.SECONDS);
        } else {
            offset = offset.plus(by);
        }
    }

    public synchronized boolean frozen() {
        return frozenAt != null;
    }
}
