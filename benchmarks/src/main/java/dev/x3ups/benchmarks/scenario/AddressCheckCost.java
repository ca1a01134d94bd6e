package dev.x3ups.benchmarks.scenario;

import dev.x3ups.benchmarks.harness.Simulators;
import dev.x3ups.benchmarks.harness.UpsSimulatorProcess;
import dev.x3ups.benchmarks.report.Figure;
import dev.x3ups.benchmarks.report.FigureCollector;
import dev.x3ups.benchmarks.report.Target;
import dev.x3ups.ups.simulator.ApiEndpoint;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Scenario 7: what the CLASSIFY address policy costs. One UPS sink task works off a backlog of orders going round a
 * set of repeat customers at 300 ms UPS latency, with {@code address.policy} OFF and CLASSIFY in turn (the order
 * alternating run by run): UPS calls per order (Ship + Address Validation, from the simulator's counters) and
 * shipments/s of each, their ratio taken within the run. The address cache makes every customer after its first
 * order cost no Address Validation call.
 */
public final class AddressCheckCost implements Scenario {
    static final int LATENCY_MS = 300;
    static final int CUSTOMERS = 50;

    @Override
    public String id() {
        return "address-check";
    }

    @Override
    public String title() {
        return "7. Address checks";
    }

    @Override
    public List<Target> targets() {
        return List.of(
                Target.atMost(callsId(), "UPS calls per order with CLASSIFY on repeat customers (Ship + Address "
                        + "Validation)", 1.1),
                Target.atLeast(ratioId(), "shipments/s with CLASSIFY ÷ OFF at 300 ms UPS latency", 0.8));
    }

    static String callsId() {
        return "address_check.ups_calls_per_order.classify";
    }

    static String checksId() {
        return "address_check.address_validation_calls_per_order.classify";
    }

    static String rateId(String policy) {
        return "address_check.shipments_per_s.ups_" + LATENCY_MS + "ms.policy_" + policy.toLowerCase();
    }

    static String ratioId() {
        return "address_check.classify_over_off.ups_" + LATENCY_MS + "ms";
    }

    @Override
    public List<Figure> run(ScenarioContext ctx) {
        int inFlight = ctx.options().upsInFlight();
        int orders = ctx.options().scaled(1_000, 100);
        FigureCollector figures = new FigureCollector(title());
        String how = orders + " orders to " + CUSTOMERS + " customers waiting, 1 task, ship.max.in.flight " + inFlight;
        try (UpsSimulatorProcess ups = Simulators.ups(Duration.ofMillis(LATENCY_MS), 1.0)) {
            for (int run = 1; run <= ctx.options().runs(); run++) {
                Measured off;
                Measured classify;
                if (run % 2 == 1) {
                    off = measure(ctx, ups, inFlight, orders, "OFF");
                    classify = measure(ctx, ups, inFlight, orders, "CLASSIFY");
                } else {
                    classify = measure(ctx, ups, inFlight, orders, "CLASSIFY");
                    off = measure(ctx, ups, inFlight, orders, "OFF");
                }
                ctx.progress(String.format("address checks, run %d: OFF %.1f shipments/s, %.3f calls/order; CLASSIFY "
                        + "%.1f shipments/s, %.3f calls/order (%.3f Address Validation), x%.3f", run, off.rate,
                        off.callsPerOrder(orders), classify.rate, classify.callsPerOrder(orders),
                        classify.checks / (double) orders, classify.rate / off.rate));
                figures.record(callsId(), "UPS calls per order, CLASSIFY", "calls/order",
                        how + "; Ship + Address Validation requests the simulator counted ÷ orders",
                        classify.callsPerOrder(orders));
                figures.record(checksId(), "Address Validation calls per order, CLASSIFY", "calls/order",
                        how + "; the first order of each customer asks, the cache answers the others",
                        classify.checks / (double) orders);
                figures.record(rateId("OFF"), "shipments/s, UPS latency " + LATENCY_MS + " ms, address.policy OFF",
                        "shipments/s", how, off.rate);
                figures.record(rateId("CLASSIFY"), "shipments/s, UPS latency " + LATENCY_MS
                        + " ms, address.policy CLASSIFY", "shipments/s", how, classify.rate);
                figures.record(ratioId(), "CLASSIFY ÷ OFF, UPS latency " + LATENCY_MS + " ms", "×",
                        "ratio of the two rates of the same run", classify.rate / off.rate);
            }
        }
        return figures.figures();
    }

    private static Measured measure(ScenarioContext ctx, UpsSimulatorProcess ups, int inFlight, int orders,
                                    String policy) {
        ups.resetCounters();
        UnaryOperator<Map<String, String>> settings = config -> {
            Map<String, String> out = new HashMap<>(config);
            out.put("address.policy", policy);
            return Map.copyOf(out);
        };
        double rate = UpsSinkThroughput.measure(ctx, ups, LATENCY_MS, inFlight, orders, CUSTOMERS, settings);
        Map<String, Long> counters = ups.counters();
        return new Measured(rate, counters.getOrDefault(ApiEndpoint.SHIP.name(), 0L),
                counters.getOrDefault(ApiEndpoint.ADDRESS_VALIDATION.name(), 0L));
    }

    private record Measured(double rate, long ships, long checks) {
        double callsPerOrder(int orders) {
            return (ships + checks) / (double) orders;
        }
    }
}
