package dev.x3ups.benchmarks.scenario;

import java.util.List;

/** Every scenario, in the order the report lists them. */
public final class Scenarios {

    private Scenarios() {
    }

    public static List<Scenario> all() {
        return List.of(new UpsSinkThroughput(), new EndToEndLatency(), new WebhookIntake(), new Scaling(),
                new SourcePolling(), new AddressCheckCost(),
                new ReconcileEconomy(), new LedgerHistoryFootprint(), new X3Economy());
    }
}
