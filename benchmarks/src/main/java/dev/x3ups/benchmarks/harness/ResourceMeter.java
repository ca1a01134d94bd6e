package dev.x3ups.benchmarks.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * CPU time of this process and peak heap over one measured stretch. Peak heap is sampled every 50 ms (used,
 * garbage included) and read from the collectors' post-GC usage (live data), the figure that says whether
 * memory grows with the work.
 */
public final class ResourceMeter implements AutoCloseable {

    private final LongSupplier cpuNanos;
    private final LongSupplier heapUsed;
    private final LongSupplier liveHeap;
    private final long cpuStart;
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final Sampler sampler;

    ResourceMeter(LongSupplier cpuNanos, LongSupplier heapUsed, LongSupplier liveHeap, boolean sample) {
        this.cpuNanos = cpuNanos;
        this.heapUsed = heapUsed;
        this.liveHeap = liveHeap;
        this.cpuStart = cpuNanos.getAsLong();
        sampleOnce();
        sampler = Sampler.every(Duration.ofMillis(50), "resource-meter", this::sampleOnce, sample);
    }

    /** Starts measuring this JVM; collects garbage first so the heap baseline is the live set. */
    public static ResourceMeter start() {
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new ResourceMeter(os::getProcessCpuTime,
                () -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                () -> heapPools.stream().mapToLong(p -> p.getCollectionUsage() == null ? 0
                        : p.getCollectionUsage().getUsed()).sum(),
                true);
    }

    void sampleOnce() {
        peakUsed.accumulateAndGet(heapUsed.getAsLong(), Math::max);
        peakLive.accumulateAndGet(liveHeap.getAsLong(), Math::max);
    }

    public double cpuSeconds() {
        return (cpuNanos.getAsLong() - cpuStart) / 1e9;
    }

    public long peakHeapBytes() {
        return peakUsed.get();
    }

    public long peakLiveHeapBytes() {
        return peakLive.get();
    }

    @Override
    public void close() {
        sampler.close();
        sampleOnce();
    }
}
