package dev.x3ups.benchmarks.scenario;

import static org.awaitility.Awaitility.await;

import dev.x3ups.benchmarks.harness.ConnectorConfigs;
import dev.x3ups.benchmarks.harness.ConnectorRunner;
import dev.x3ups.benchmarks.harness.LedgerWatch;
import dev.x3ups.benchmarks.harness.OrderProducer;
import dev.x3ups.benchmarks.harness.Simulators;
import dev.x3ups.benchmarks.harness.UpsSimulatorProcess;
import dev.x3ups.benchmarks.report.Figure;
import dev.x3ups.benchmarks.report.FigureCollector;
import dev.x3ups.benchmarks.report.Target;
import dev.x3ups.benchmarks.stats.Samples;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Scenario 8: what lost ship answers cost with the UPS sink's default (conservative) reconciliation schedule.
 * One UPS sink task works off a backlog twice on the same simulator, fault-free and with 10 % of the ship
 * answers lost after UPS created the shipment; UPS calls per order (every endpoint but the token) and the time
 * from the backlog's start to each order's CREATED entry, p99, each with the ratio of the faulty run to the
 * fault-free one.
 */
public final class ReconcileEconomy implements Scenario {
    static final double LOST_SHARE = 0.10;
    static final Duration UPS_LATENCY = Duration.ofMillis(50);
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(2);

    @Override
    public String id() {
        return "reconcile";
    }

    @Override
    public String title() {
        return "8. Reconciliation economy";
    }

    @Override
    public List<Target> targets() {
        return List.of(Target.atMost(shipCallsId(true), "UPS ship calls per order with 10 % of the answers lost",
                1.5));
    }

    static String callsId(boolean lost) {
        return "reconcile.ups_calls_per_order." + (lost ? "answers_lost_10pct" : "fault_free");
    }

    static String shipCallsId(boolean lost) {
        return "reconcile.ship_calls_per_order." + (lost ? "answers_lost_10pct" : "fault_free");
    }

    static String p99Id(boolean lost) {
        return "reconcile.time_to_created_p99_ms." + (lost ? "answers_lost_10pct" : "fault_free");
    }

    @Override
    public List<Figure> run(ScenarioContext ctx) {
        int orders = ctx.options().scaled(200, 50);
        FigureCollector figures = new FigureCollector(title());
        try (UpsSimulatorProcess ups = Simulators.ups(UPS_LATENCY, 1.0)) {
            for (int run = 1; run <= ctx.options().runs(); run++) {
                ups.latency(UPS_LATENCY);
                Result clean = measure(ctx, ups, orders);
                ups.shipAnswersLost(LOST_SHARE, CLIENT_TIMEOUT.plusSeconds(1), UPS_LATENCY);
                Result lost = measure(ctx, ups, orders);
                ctx.progress(String.format("run %d: fault-free %.2f UPS calls/order (%.2f ship), p99 %.0f ms; 10 %% "
                        + "answers lost %.2f UPS calls/order (%.2f ship), p99 %.0f ms", run, clean.calls, clean.ship,
                        clean.p99, lost.calls, lost.ship, lost.p99));
                String how = orders + " orders waiting, 1 task, UPS latency " + UPS_LATENCY.toMillis()
                        + " ms, ups.timeout.ms " + CLIENT_TIMEOUT.toMillis() + ", default reconcile.* settings";
                record(figures, false, how, clean);
                record(figures, true, how + ", 10 % of ship answers lost after the shipment was created", lost);
                figures.record("reconcile.ups_calls_per_order.ratio", "UPS calls per order, lost ÷ fault-free", "×",
                        "ratio of the two runs", lost.calls / clean.calls);
                figures.record("reconcile.time_to_created_p99.ratio", "time to CREATED p99, lost ÷ fault-free", "×",
                        "ratio of the two runs", lost.p99 / clean.p99);
            }
        }
        return figures.figures();
    }

    private static void record(FigureCollector figures, boolean lost, String how, Result result) {
        String label = lost ? "10 % of ship answers lost" : "fault-free";
        figures.record(callsId(lost), "UPS calls per order, " + label, "calls/order",
                how + "; every endpoint but the token", result.calls);
        figures.record(shipCallsId(lost), "UPS ship calls per order, " + label, "calls/order", how, result.ship);
        figures.record(p99Id(lost), "backlog start → CREATED, p99, " + label, "ms", how, result.p99);
    }

    private record Result(double calls, double ship, double p99) {
    }

    private Result measure(ScenarioContext ctx, UpsSimulatorProcess ups, int orders) {
        String topic = ctx.platform().unique("bench.reconcile.orders");
        String ledger = ctx.platform().unique("bench.reconcile.ledger");
        String connector = ctx.platform().unique("bench-ups-reconcile");
        ctx.platform().kafka().topics().create(topic, 1);
        ConnectorRunner runner = ctx.connectors();
        ups.resetCounters();
        try (LedgerWatch watch = new LedgerWatch(ctx.platform().bootstrapServers(), ledger)) {
            new OrderProducer(ctx.platform().bootstrapServers()).produce(topic, connector.replace("-", "")
                    .toUpperCase().substring(5), orders);
            long started = System.nanoTime();
            try {
                Map<String, String> config = ConnectorConfigs.upsSink(ups.baseUrl(), topic, ledger,
                        ctx.platform().bootstrapServers(), 64, false);
                config.put("ups.timeout.ms", Long.toString(CLIENT_TIMEOUT.toMillis()));
                runner.start(connector, config);
                await("all orders final").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                        .until(() -> watch.finalCount() >= orders);
            } finally {
                runner.deleteQuietly(connector);
            }
            if (watch.createdCount() < orders) {
                throw new IllegalStateException((orders - watch.createdCount()) + " of " + orders
                        + " orders were not shipped (FAILED in the ledger)");
            }
            Samples toCreated = new Samples();
            watch.finalTimes().values().forEach(t -> toCreated.add((t - started) / 1e6));
            Map<String, Long> counts = ups.counters();
            long all = counts.entrySet().stream().filter(e -> !e.getKey().equals("TOKEN"))
                    .mapToLong(Map.Entry::getValue).sum();
            return new Result((double) all / orders, (double) counts.getOrDefault("SHIP", 0L) / orders,
                    toCreated.percentile(99));
        }
    }
}
