package dev.x3ups.benchmarks.report;

import java.time.Instant;

/**
 * Where and when the figures were taken.
 *
 * @param loadAverage the system load average when the run started: other work on the machine shows in the figures
 */
public record Machine(int cores, String jvm, String os, long maxHeapBytes, double loadAverage, Instant date) {

    public static Machine current(Instant date, double loadAverage) {
        Runtime rt = Runtime.getRuntime();
        String jvm = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version");
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        return new Machine(rt.availableProcessors(), jvm, os, rt.maxMemory(), loadAverage, date);
    }

    /** The one-minute system load average now, or -1 where the OS does not tell. */
    public static double loadAverageNow() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
