package dev.x3ups.benchmarks.harness;

import dev.x3ups.x3.simulator.X3Simulator;
import java.time.Duration;

/** Fresh simulators for one measured run. */
public final class Simulators {

    private Simulators() {
    }

    /** An X3 with no seed orders (the run creates exactly the orders it measures). */
    public static X3Simulator x3(Duration latency) {
        X3Simulator sim = X3Simulator.builder().port(0).salesOrders(0).purchaseOrders(0).threads(64).start();
        if (!latency.isZero()) {
            sim.faults().latency(latency);
        }
        return sim;
    }

    /** A UPS simulator (child JVM) whose every API answers after {@code latency}. */
    public static UpsSimulatorProcess ups(Duration latency, double clockSpeed) {
        UpsSimulatorProcess sim = UpsSimulatorProcess.start(UpsSimulatorProcess.SimulatorJars.besideThisBuild(),
                clockSpeed);
        if (!latency.isZero()) {
            sim.latency(latency);
        }
        return sim;
    }
}
