package dev.x3ups.x3.simulator.fault;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** The fault settings, switchable at run time from tests (Java) or the admin API (HTTP). */
public final class Faults {

    private volatile double errorRate;
    private volatile double diagnosesRate;
    private volatile long latencyMillis;
    private volatile Throttle throttle;
    private final AtomicLong throttledRequests = new AtomicLong();

    /** Share (0..1) of requests answered with HTTP 500. */
    public Faults errorRate(double rate) {
        this.errorRate = checkRate(rate);
        return this;
    }

    /** Share (0..1) of reads answered with 200 and an error {@code $diagnoses} body. */
    public Faults diagnosesRate(double rate) {
        this.diagnosesRate = checkRate(rate);
        return this;
    }

    public Faults latency(Duration latency) {
        this.latencyMillis = latency.toMillis();
        return this;
    }

    /** Starts licence throttling with a fresh request window; null switches it off. */
    public Faults throttle(Throttle throttle) {
        this.throttle = throttle;
        throttledRequests.set(0);
        return this;
    }

    public double errorRate() {
        return errorRate;
    }

    public double diagnosesRate() {
        return diagnosesRate;
    }

    public long latencyMillis() {
        return latencyMillis;
    }

    public Throttle throttle() {
        return throttle;
    }

    /** Counts one request against the throttle window; returns its 1-based number in the window. */
    long countThrottled() {
        return throttledRequests.incrementAndGet();
    }

    /** No faults at all. */
    public void clear() {
        errorRate = 0;
        diagnosesRate = 0;
        latencyMillis = 0;
        throttle(null);
    }

    private static double checkRate(double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("a rate is between 0 and 1");
        }
        return rate;
    }
}
