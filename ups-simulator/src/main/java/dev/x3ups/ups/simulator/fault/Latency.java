package dev.x3ups.ups.simulator.fault;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Added response latency: none, fixed, or log-normal fitted to a p50 and a p99
 * (sigma = ln(p99/p50) / 2.326, the 99th percentile of the standard normal).
 */
public record Latency(Duration p50, Duration p99) {
    private static final double Z99 = 2.3263478740408408;

    public Latency {
        if (p50.isNegative() || p99.compareTo(p50) < 0) {
            throw new IllegalArgumentException("need 0 <= p50 <= p99");
        }
    }

    public static Latency none() {
        return new Latency(Duration.ZERO, Duration.ZERO);
    }

    public static Latency fixed(Duration d) {
        return new Latency(d, d);
    }

    public static Latency percentiles(Duration p50, Duration p99) {
        return new Latency(p50, p99);
    }

    public boolean isNone() {
        return p99.isZero();
    }

    public long sampleMillis(RandomGenerator random) {
        long median = p50.toMillis();
        if (p99.equals(p50) || median == 0) {
            return p99.equals(p50) ? median : (long) (p99.toMillis() * Math.abs(random.nextGaussian()) / Z99);
        }
        double sigma = Math.log((double) p99.toMillis() / median) / Z99;
        return Math.round(median * Math.exp(sigma * random.nextGaussian()));
    }
}
