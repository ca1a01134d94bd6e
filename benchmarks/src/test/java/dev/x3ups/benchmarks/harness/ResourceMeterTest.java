package dev.x3ups.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ResourceMeterTest {

    @Test
    void cpuIsTheDeltaSinceStartAndHeapThePeakOfTheSamples() {
        AtomicLong cpu = new AtomicLong(5_000_000_000L);
        AtomicLong used = new AtomicLong(100);
        AtomicLong live = new AtomicLong(40);
        ResourceMeter meter = new ResourceMeter(cpu::get, used::get, live::get, false);
        cpu.addAndGet(2_500_000_000L);
        used.set(900);
        live.set(60);
        meter.sampleOnce();
        used.set(300);
        live.set(50);
        meter.close();
        assertThat(meter.cpuSeconds()).isCloseTo(2.5, within(1e-9));
        assertThat(meter.peakHeapBytes()).isEqualTo(900);
        assertThat(meter.peakLiveHeapBytes()).isEqualTo(60);
    }

    @Test
    void measuresThisJvm() {
        try (ResourceMeter meter = ResourceMeter.start()) {
            long sum = 0;
            for (int i = 0; i < 20_000_000; i++) {
                sum += i % 7;
            }
            assertThat(sum).isPositive();
            assertThat(meter.cpuSeconds()).isPositive();
            assertThat(meter.peakHeapBytes()).isPositive();
        }
    }
}
