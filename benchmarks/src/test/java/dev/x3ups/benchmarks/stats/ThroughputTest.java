package dev.x3ups.benchmarks.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThroughputTest {

    private static final long MS = 1_000_000;

    @Test
    void theFirstBurstOnlyMarksTheStart() {
        List<Long> done = new ArrayList<>();
        long t0 = 10_000 * MS;
        for (int i = 0; i < 50; i++) {
            done.add(t0); // a first page of 50, all at once, after a long start-up
        }
        for (int i = 1; i <= 100; i++) {
            done.add(t0 + i * 10 * MS); // then one every 10 ms: 100/s
        }
        assertThat(Throughput.steadyPerSecond(done, 0)).isCloseTo(100.0, within(0.01));
    }

    @Test
    void everythingInOneBurstIsCountedFromTheStart() {
        List<Long> done = List.of(2_000 * MS, 2_000 * MS, 2_000 * MS, 2_000 * MS);
        assertThat(Throughput.steadyPerSecond(done, 0)).isCloseTo(2.0, within(0.001));
    }
}
