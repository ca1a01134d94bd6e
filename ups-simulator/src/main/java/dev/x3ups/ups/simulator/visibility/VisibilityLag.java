package dev.x3ups.ups.simulator.visibility;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long after a shipment is committed each look-up channel starts to show it (zero: at once). How fast
 * UPS's indexes catch up is undocumented, so tests set it. Wall-clock time, like the client's own
 * reconciliation schedule that it races against.
 */
public final class VisibilityLag {
    private final Clock wall;
    private final Map<LookupChannel, Duration> lags = new ConcurrentHashMap<>();

    public VisibilityLag(Clock wall) {
        this.wall = wall;
    }

    public void set(LookupChannel channel, Duration lag) {
        if (lag.isNegative()) {
            throw new IllegalArgumentException("a visibility lag is >= 0");
        }
        lags.put(channel, lag);
    }

    public Duration get(LookupChannel channel) {
        return lags.getOrDefault(channel, Duration.ZERO);
    }

    public Map<LookupChannel, Duration> snapshot() {
        Map<LookupChannel, Duration> out = new EnumMap<>(LookupChannel.class);
        for (LookupChannel c : LookupChannel.values()) {
            out.put(c, get(c));
        }
        return out;
    }

    public void clear() {
        lags.clear();
    }

    /** Whether something committed at {@code committedAt} (wall clock) shows on {@code channel} by now. */
    public boolean visible(LookupChannel channel, Instant committedAt) {
        return !wall.instant().isBefore(committedAt.plus(get(channel)));
    }

    /** The wall clock the lags are measured on (the time of commits). */
    public Instant now() {
        return wall.instant();
    }
}
