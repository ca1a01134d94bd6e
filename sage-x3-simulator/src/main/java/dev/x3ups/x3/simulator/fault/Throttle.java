package dev.x3ups.x3.simulator.fault;

/**
 * Licence-volume throttling as X3 does it when WSSIZELIMIT is exceeded: after {@code budget} requests the
 * next {@code grace} ones are slowed by {@code slowMillis}, then requests are refused.
 */
public record Throttle(long budget, long grace, long slowMillis) {

    public Throttle {
        if (budget < 0 || grace < 0 || slowMillis < 0) {
            throw new IllegalArgumentException("throttle values must not be negative");
        }
    }
}
