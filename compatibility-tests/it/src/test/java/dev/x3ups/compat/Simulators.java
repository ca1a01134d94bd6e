package dev.x3ups.compat;

import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.x3.simulator.X3Simulator;

/** The X3 and UPS simulators, started once and shared by the versions checked one after another. */
record Simulators(X3Simulator x3, UpsSimulator ups) implements AutoCloseable {
    /** One simulated day in ten seconds, as the end-to-end tests run UPS. */
    private static final double UPS_CLOCK_SPEED = 8640;

    static Simulators start() {
        X3Simulator x3 = X3Simulator.builder().port(0).salesOrders(0).purchaseOrders(0).seed(20).start();
        try {
            return new Simulators(x3, UpsSimulator.builder().port(0).accountNumber(CompatPipeline.UPS_ACCOUNT)
                    .clockSpeed(UPS_CLOCK_SPEED).exceptionShare(0).seed(20).start());
        } catch (RuntimeException | Error e) {
            x3.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            ups.close();
        } finally {
            x3.close();
        }
    }
}
