package dev.x3ups.benchmarks.harness;

/** An ephemeral port for a listener that takes its port from config (the tracking source's webhook listener). */
public final class FreePort {

    private FreePort() {
    }

    public static int pick() {
        return dev.x3ups.embedded.kafka.FreePort.find();
    }
}
