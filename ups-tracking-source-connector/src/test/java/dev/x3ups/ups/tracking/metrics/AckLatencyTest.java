package dev.x3ups.ups.tracking.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AckLatencyTest {

    @Test
    void percentilesAreWithinTheBucketPrecision() {
        AckLatency latency = new AckLatency();
        assertThat(latency.percentileMillis(99)).isZero();
        for (int i = 0; i < 99; i++) {
            latency.record(2_000_000); // 2 ms
        }
        latency.record(40_000_000); // 40 ms
        assertThat(latency.count()).isEqualTo(100);
        assertThat(latency.percentileMillis(50)).isBetween(2.0, 2.0 * 1.19);
        assertThat(latency.percentileMillis(99)).isBetween(2.0, 2.0 * 1.19);
        assertThat(latency.percentileMillis(100)).isBetween(40.0, 40.0 * 1.19);
        assertThat(latency.averageMillis()).isCloseTo(2.38, within(0.01));
    }
}
