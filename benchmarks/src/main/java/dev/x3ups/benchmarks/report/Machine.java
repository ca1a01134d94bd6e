package dev.x3ups.benchmarks.report;

import java.time.Instant;

/** Where and when the figures were taken. */
public record Machine(int cores, String jvm, String os, long maxHeapBytes, Instant date) {

    public static Machine current(Instant date) {
        Runtime rt = Runtime.getRuntime();
        String jvm = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version");
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        return new Machine(rt.availableProcessors(), jvm, os, rt.maxMemory(), date);
    }
}
