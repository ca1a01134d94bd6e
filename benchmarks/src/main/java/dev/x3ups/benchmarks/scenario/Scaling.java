package dev.x3ups.benchmarks.scenario;

import static org.awaitility.Awaitility.await;

import dev.x3ups.benchmarks.harness.Pipeline;
import dev.x3ups.benchmarks.harness.ResourceMeter;
import dev.x3ups.benchmarks.harness.X3OrderFeed;
import dev.x3ups.benchmarks.report.Figure;
import dev.x3ups.benchmarks.report.FigureCollector;
import dev.x3ups.benchmarks.report.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scenario 5 (and 4 from the same runs): the whole pipeline working off N orders waiting in X3, until every
 * order's tracking number is written back to X3. CPU-seconds and peak heap of this process (broker, worker,
 * connectors, X3 simulator; the UPS simulator runs in its own process) and, from the simulators' counters, the
 * API calls each order cost.
 */
public final class Scaling implements Scenario {

    static final int PAGE_SIZE = 500;
    /** Per-order CPU at the largest size may be at most this multiple of the smallest size's to count as flat. */
    static final double FLAT = 1.25;

    @Override
    public String id() {
        return "scaling";
    }

    @Override
    public String title() {
        return "5. Scaling and 4. API economy";
    }

    @Override
    public List<Target> targets() {
        return List.of(
                Target.atMost("scaling.cpu_per_order_growth", "per-order CPU, largest size ÷ 1k (flat)", FLAT),
                Target.atMost(ApiEconomy.UPS_CALLS_PER_ORDER, "UPS calls per order", 1.02));
    }

    @Override
    public List<Figure> run(ScenarioContext ctx) {
        List<Integer> sizes = ctx.options().scalingSizes().stream()
                .map(n -> Math.max(100, (int) Math.round(n * ctx.options().scale()))).toList();
        FigureCollector figures = new FigureCollector(title());
        if (sizes.get(sizes.size() - 1) < 100_000) {
            ctx.note("Scaling ran at " + sizes + " orders (--quick, --scale or --scaling-sizes): the full report's "
                    + "100k-order point was not measured in this run; the default runs 1k, 10k and 100k.");
        }
        int economySize = sizes.get(Math.min(1, sizes.size() - 1));
        List<Double> smallest = new ArrayList<>();
        List<Double> largest = new ArrayList<>();
        // one unmeasured run first: when scaling runs alone (--only scaling) the smallest size would otherwise
        // pay the JIT's warm-up and make the larger sizes look flatter than they are
        Result warmUp = measure(ctx, sizes.get(0));
        ctx.progress(String.format("scaling warm-up, %d orders: %.1f CPU-s (not counted)", sizes.get(0),
                warmUp.cpuSeconds));
        for (int size : sizes) {
            for (int run = 1; run <= ctx.options().runs(); run++) {
                Result r = measure(ctx, size);
                double cpuPerOrderMs = r.cpuSeconds / size * 1000;
                ctx.progress(String.format("scaling %d orders, run %d: %.1f s, %.1f CPU-s (%.2f ms/order), peak heap "
                        + "%d MiB (live %d MiB)", size, run, r.seconds, r.cpuSeconds, cpuPerOrderMs,
                        r.peakHeap >> 20, r.peakLive >> 20));
                String how = size + " orders waiting in X3, until every tracking number is in X3";
                figures.record("scaling.cpu_s." + size, "CPU-seconds, " + size + " orders", "CPU-s", how, r.cpuSeconds);
                figures.record("scaling.cpu_ms_per_order." + size, "CPU per order, " + size + " orders", "CPU-ms/order",
                        how, cpuPerOrderMs);
                figures.record("scaling.peak_heap_mib." + size, "peak heap used, " + size + " orders", "MiB",
                        "sampled every 50 ms, garbage included", r.peakHeap / 1048576.0);
                figures.record("scaling.peak_live_heap_mib." + size, "peak heap after GC, " + size + " orders", "MiB",
                        "post-collection usage of the heap pools", r.peakLive / 1048576.0);
                figures.record("scaling.orders_per_s." + size, "orders/s end to end, " + size + " orders", "orders/s",
                        how, size / r.seconds);
                if (size == sizes.get(0)) {
                    smallest.add(cpuPerOrderMs);
                }
                if (size == sizes.get(sizes.size() - 1)) {
                    largest.add(cpuPerOrderMs);
                }
                if (size == economySize) {
                    r.economy.forEach((id, value) -> figures.record(id, ApiEconomy.label(id), ApiEconomy.unit(id),
                            ApiEconomy.note(id, size), value));
                }
            }
        }
        for (int i = 0; i < Math.min(smallest.size(), largest.size()); i++) {
            figures.record("scaling.cpu_per_order_growth", "per-order CPU at " + sizes.get(sizes.size() - 1)
                    + " orders ÷ at " + sizes.get(0), "×", "run i of the largest size over run i of the smallest",
                    largest.get(i) / smallest.get(i));
        }
        return figures.figures();
    }

    private record Result(double seconds, double cpuSeconds, long peakHeap, long peakLive, Map<String, Double> economy) {
    }

    private Result measure(ScenarioContext ctx, int orders) {
        Pipeline.Settings settings = new Pipeline.Settings(PAGE_SIZE, 1_000, Duration.ZERO, Duration.ZERO,
                ctx.options().upsInFlight());
        try (Pipeline pipeline = Pipeline.prepare(ctx.platform(), settings)) {
            new X3OrderFeed(pipeline.x3().admin()).create(orders);
            pipeline.x3().counters().reset();
            pipeline.ups().resetCounters();
            long started = System.nanoTime();
            ResourceMeter meter = ResourceMeter.start();
            double seconds;
            double cpu;
            try {
                pipeline.start();
                await("tracking numbers of " + orders + " orders in X3").atMost(Duration.ofSeconds(120 + orders / 20))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> pipeline.x3().counters().get("writeback.create") >= orders);
                seconds = (System.nanoTime() - started) / 1e9;
                cpu = meter.cpuSeconds();
            } finally {
                meter.close();
            }
            long peakHeap = meter.peakHeapBytes();
            long peakLive = meter.peakLiveHeapBytes();
            // subscriptions are batched behind the shipments; count their calls too before reading the counters
            await("subscriptions recorded").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> pipeline.ledger().subscribedCount() >= orders);
            Map<String, Double> economy = ApiEconomy.perOrder(pipeline.ups().counters(),
                    pipeline.x3().counters().snapshot(), orders, (System.nanoTime() - started) / 1e9);
            return new Result(seconds, cpu, peakHeap, peakLive, economy);
        }
    }
}
