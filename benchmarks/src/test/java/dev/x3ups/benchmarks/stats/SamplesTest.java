package dev.x3ups.benchmarks.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void percentilesAreNearestRank() {
        Samples s = new Samples();
        for (int i = 100; i >= 1; i--) {
            s.add(i);
        }
        assertThat(s.size()).isEqualTo(100);
        assertThat(s.percentile(50)).isEqualTo(50);
        assertThat(s.percentile(99)).isEqualTo(99);
        assertThat(s.percentile(100)).isEqualTo(100);
        assertThat(s.percentile(0.5)).isEqualTo(1);
    }

    @Test
    void growsBeyondItsFirstArray() {
        Samples s = new Samples();
        for (int i = 0; i < 5000; i++) {
            s.add(i % 2 == 0 ? 1 : 1000);
        }
        assertThat(s.percentile(50)).isEqualTo(1);
        assertThat(s.percentile(51)).isEqualTo(1000);
    }

    @Test
    void noSamplesOrAPercentileOutOfRangeIsAnError() {
        assertThatThrownBy(() -> new Samples().percentile(50)).isInstanceOf(IllegalStateException.class);
        Samples s = new Samples();
        s.add(1);
        assertThatThrownBy(() -> s.percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.percentile(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
