package dev.x3ups.benchmarks.harness;

import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import dev.x3ups.ups.simulator.fault.Latency;
import dev.x3ups.x3.simulator.X3Simulator;
import java.time.Duration;

/** Fresh simulators for one measured run, with the latency the scenario asks for. */
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

    /** A UPS whose every API answers after {@code latency} (token requests too: they are rare). */
    public static UpsSimulator ups(Duration latency, double clockSpeed) {
        UpsSimulator sim = UpsSimulator.builder().port(0)
                .client(ConnectorConfigs.UPS_CLIENT_ID, ConnectorConfigs.UPS_CLIENT_SECRET)
                .accountNumber(ConnectorConfigs.UPS_ACCOUNT)
                .clockSpeed(clockSpeed)
                .exceptionShare(0.0)
                .seed(42)
                .start();
        if (!latency.isZero()) {
            for (ApiEndpoint endpoint : ApiEndpoint.values()) {
                sim.faults().set(endpoint, FaultSpec.none().withLatency(Latency.fixed(latency)));
            }
        }
        return sim;
    }
}
