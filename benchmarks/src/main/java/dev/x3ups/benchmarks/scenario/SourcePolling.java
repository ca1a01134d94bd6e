package dev.x3ups.benchmarks.scenario;

import static org.awaitility.Awaitility.await;

import dev.x3ups.benchmarks.harness.ConnectorConfigs;
import dev.x3ups.benchmarks.harness.ConnectorRunner;
import dev.x3ups.benchmarks.harness.Simulators;
import dev.x3ups.benchmarks.harness.TopicTail;
import dev.x3ups.benchmarks.harness.X3OrderFeed;
import dev.x3ups.benchmarks.report.Figure;
import dev.x3ups.benchmarks.report.FigureCollector;
import dev.x3ups.benchmarks.report.Target;
import dev.x3ups.benchmarks.stats.Throughput;
import dev.x3ups.x3.simulator.X3Simulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scenario 6: how fast the X3 source reads a backlog of orders, by page size and X3 latency, and how many X3
 * reads each order costs.
 */
public final class SourcePolling implements Scenario {

    static final List<Integer> PAGE_SIZES = List.of(20, 100, 500);
    static final List<Integer> LATENCIES_MS = List.of(0, 100);

    @Override
    public String id() {
        return "source";
    }

    @Override
    public String title() {
        return "6. X3 source polling";
    }

    @Override
    public List<Target> targets() {
        return List.of(
                Target.atMost(readsId(100, 0), "X3 reads per order at page 100 (page ≥ 50)", 0.02),
                Target.atMost(readsId(500, 0), "X3 reads per order at page 500 (page ≥ 50)", 0.02));
    }

    static String rateId(int page, int latency) {
        return "source.orders_per_s.page" + page + ".x3_" + latency + "ms";
    }

    static String readsId(int page, int latency) {
        return "source.x3_reads_per_order.page" + page + ".x3_" + latency + "ms";
    }

    @Override
    public List<Figure> run(ScenarioContext ctx) {
        int orders = ctx.options().scaled(2_000, 200);
        FigureCollector figures = new FigureCollector(title());
        for (int latency : LATENCIES_MS) {
            for (int page : PAGE_SIZES) {
                for (int run = 1; run <= ctx.options().runs(); run++) {
                    Measurement m = measure(ctx, orders, page, latency);
                    ctx.progress(String.format("source page %d, X3 latency %d ms, run %d: %.0f orders/s, %.4f reads/order",
                            page, latency, run, m.ordersPerSecond, m.readsPerOrder));
                    figures.record(rateId(page, latency), "orders/s polled, page " + page + ", X3 latency " + latency
                            + " ms", "orders/s", orders + " orders waiting in X3, 1 task, YSOSHIP feed",
                            m.ordersPerSecond);
                    figures.record(readsId(page, latency), "X3 reads per order polled, page " + page + ", X3 latency "
                            + latency + " ms", "requests/order", "all api1 GETs / orders", m.readsPerOrder);
                }
            }
        }
        return figures.figures();
    }

    private record Measurement(double ordersPerSecond, double readsPerOrder) {
    }

    @SuppressWarnings("try") // the tail works on its own thread while open
    private Measurement measure(ScenarioContext ctx, int orders, int page, int latencyMs) {
        String topic = ctx.platform().unique("bench.source.orders");
        String connector = ctx.platform().unique("bench-source");
        ctx.platform().kafka().topics().create(topic, 1);
        Map<String, Long> arrivals = new ConcurrentHashMap<>();
        ConnectorRunner runner = ctx.connectors();
        try (X3Simulator x3 = Simulators.x3(Duration.ZERO);
             TopicTail tail = new TopicTail(ctx.platform().bootstrapServers(), topic, r ->
                     arrivals.putIfAbsent(new String(r.key(), StandardCharsets.UTF_8), System.nanoTime()))) {
            new X3OrderFeed(x3.admin()).create(orders);
            x3.faults().latency(Duration.ofMillis(latencyMs));
            x3.counters().reset();
            long started = System.nanoTime();
            try {
                runner.start(connector, ConnectorConfigs.x3Source(x3.baseUrl(), topic, page, 60_000));
                long pages = (orders + page - 1) / page;
                await("all orders polled").atMost(Duration.ofSeconds(60 + pages * (latencyMs + 500L) / 1000))
                        .pollInterval(Duration.ofMillis(50)).until(() -> arrivals.size() >= orders);
            } finally {
                runner.deleteQuietly(connector);
            }
            long reads = x3.counters().snapshot().entrySet().stream()
                    .filter(e -> e.getKey().startsWith("api1.GET.")).mapToLong(Map.Entry::getValue).sum();
            return new Measurement(Throughput.steadyPerSecond(arrivals.values(), started), (double) reads / orders);
        }
    }
}
