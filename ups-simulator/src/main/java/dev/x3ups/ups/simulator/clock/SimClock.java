package dev.x3ups.ups.simulator.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Simulated time: runs {@code speed} times faster than the wall clock and can be pushed forward.
 * State is one immutable anchor swapped atomically so {@link #now()} never locks.
 */
public final class SimClock {
    private record Anchor(long wallMillis, Instant sim, double speed) { }

    private final Clock wall;
    private volatile Anchor anchor;

    public SimClock(Clock wall, Instant start, double speed) {
        if (speed < 0) {
            throw new IllegalArgumentException("speed must be >= 0");
        }
        this.wall = wall;
        this.anchor = new Anchor(wall.millis(), start, speed);
    }

    public Instant now() {
        Anchor a = anchor;
        long elapsed = wall.millis() - a.wallMillis;
        return a.sim.plusMillis((long) (elapsed * a.speed));
    }

    public double speed() {
        return anchor.speed;
    }

    public synchronized void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the simulator clock only moves forward");
        }
        Anchor a = anchor;
        anchor = new Anchor(wall.millis(), now().plus(duration), a.speed);
    }

    public synchronized void setSpeed(double speed) {
        if (speed < 0) {
            throw new IllegalArgumentException("speed must be >= 0");
        }
        anchor = new Anchor(wall.millis(), now(), speed);
    }
}
