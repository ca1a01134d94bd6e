package dev.x3ups.benchmarks.scenario;

import static org.awaitility.Awaitility.await;

import dev.x3ups.benchmarks.harness.ConnectorConfigs;
import dev.x3ups.benchmarks.harness.ConnectorRunner;
import dev.x3ups.benchmarks.harness.LedgerWatch;
import dev.x3ups.benchmarks.harness.OrderProducer;
import dev.x3ups.benchmarks.harness.Simulators;
import dev.x3ups.benchmarks.harness.TopicVolume;
import dev.x3ups.benchmarks.report.Figure;
import dev.x3ups.benchmarks.report.FigureCollector;
import dev.x3ups.benchmarks.report.Target;
import dev.x3ups.benchmarks.stats.Throughput;
import dev.x3ups.benchmarks.harness.UpsSimulatorProcess;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Scenario 1: shipments per second of one UPS sink task working off a backlog, at simulated UPS latencies, in the
 * connector's concurrent mode and, in the same run, with {@code ship.max.in.flight=1} (one request at a time). At
 * 300 ms the same run also works off the backlog with ZPL labels written (as the shipped config does) and with
 * labels off, in turn, so the labels' cost is a ratio of two rates measured side by side.
 */
public final class UpsSinkThroughput implements Scenario {

    static final List<Integer> LATENCIES_MS = List.of(0, 50, 300);
    static final int LABELS_LATENCY_MS = 300;

    @Override
    public String id() {
        return "ups-sink";
    }

    @Override
    public String title() {
        return "1. UPS sink throughput";
    }

    @Override
    public List<Target> targets() {
        return List.of(
                Target.atLeast(concurrentId(300), "shipments/s per task at 300 ms UPS latency", 100),
                Target.atLeast(ratioId(300), "speed-up over one-at-a-time at 300 ms UPS latency", 30),
                Target.atLeast(labelsRatioId(), "shipments/s with ZPL labels on ÷ labels off at 300 ms UPS latency",
                        0.90));
    }

    static String concurrentId(int latency) {
        return "ups_sink.shipments_per_s.ups_" + latency + "ms.concurrent";
    }

    static String baselineId(int latency) {
        return "ups_sink.shipments_per_s.ups_" + latency + "ms.one_at_a_time";
    }

    static String ratioId(int latency) {
        return "ups_sink.speedup.ups_" + latency + "ms";
    }

    static String labelsId(boolean on) {
        return "ups_sink.shipments_per_s.ups_" + LABELS_LATENCY_MS + "ms.labels_" + (on ? "zpl" : "off");
    }

    static String labelsRatioId() {
        return "ups_sink.labels_on_over_off.ups_" + LABELS_LATENCY_MS + "ms";
    }

    static String labelBytesId() {
        return "ups_sink.label_bytes_per_shipment.zpl";
    }

    /** One-at-a-time runs are sized to take a few seconds each: a backlog of its throughput × ~6 s. */
    static int baselineOrders(int latencyMs, double scale) {
        int perSecond = latencyMs == 0 ? 60 : Math.max(2, 1000 / (latencyMs + 10));
        return Math.max(12, (int) Math.round(perSecond * 6 * scale));
    }

    @Override
    public List<Figure> run(ScenarioContext ctx) {
        int inFlight = ctx.options().upsInFlight();
        int orders = ctx.options().scaled(1_000, 100);
        FigureCollector figures = new FigureCollector(title());
        for (int latency : LATENCIES_MS) {
            int baselineOrders = baselineOrders(latency, ctx.options().scale());
            try (UpsSimulatorProcess ups = Simulators.ups(Duration.ofMillis(latency), 1.0)) {
                for (int run = 1; run <= ctx.options().runs(); run++) {
                    double concurrent = measure(ctx, ups, latency, inFlight, orders, c -> c);
                    double baseline = measure(ctx, ups, latency, 1, baselineOrders, c -> c);
                    ctx.progress(String.format("UPS latency %d ms, run %d: %.1f shipments/s (in flight %d), %.1f one "
                            + "at a time, x%.1f", latency, run, concurrent, inFlight, baseline, concurrent / baseline));
                    figures.record(concurrentId(latency), "shipments/s, UPS latency " + latency
                            + " ms, ship.max.in.flight " + inFlight, "shipments/s", orders
                            + " orders waiting, 1 task, subscriptions on", concurrent);
                    figures.record(baselineId(latency), "shipments/s, UPS latency " + latency + " ms, one at a time",
                            "shipments/s", baselineOrders + " orders waiting, ship.max.in.flight 1", baseline);
                    figures.record(ratioId(latency), "speed-up over one at a time, UPS latency " + latency + " ms",
                            "×", "ratio of the two rates of the same run", concurrent / baseline);
                    if (latency == LABELS_LATENCY_MS) {
                        measureLabels(ctx, ups, inFlight, orders, run, figures);
                    }
                }
            }
        }
        return figures.figures();
    }

    /**
     * Labels on (ZPL, to a topic of this run) and off, one after the other on the same simulator; the order
     * alternates between runs so neither side always gets the warmer JVM.
     */
    private void measureLabels(ScenarioContext ctx, UpsSimulatorProcess ups, int inFlight, int orders, int run,
                               FigureCollector figures) {
        String labelsTopic = ctx.platform().unique("bench.sink.labels");
        UnaryOperator<Map<String, String>> zpl = c -> ConnectorConfigs.withZplLabels(c, labelsTopic);
        UnaryOperator<Map<String, String>> off = ConnectorConfigs::withoutLabels;
        double on;
        double without;
        if (run % 2 == 1) {
            on = measure(ctx, ups, LABELS_LATENCY_MS, inFlight, orders, zpl);
            without = measure(ctx, ups, LABELS_LATENCY_MS, inFlight, orders, off);
        } else {
            without = measure(ctx, ups, LABELS_LATENCY_MS, inFlight, orders, off);
            on = measure(ctx, ups, LABELS_LATENCY_MS, inFlight, orders, zpl);
        }
        TopicVolume labels = TopicVolume.read(ctx.platform().bootstrapServers(), labelsTopic, Duration.ofSeconds(60));
        if (labels.records() < orders) {
            throw new IllegalStateException("only " + labels.records() + " label records for " + orders + " shipments");
        }
        ctx.progress(String.format("UPS latency %d ms, run %d: %.1f shipments/s with ZPL labels, %.1f without, "
                + "x%.3f; %d label records, %.0f bytes per shipment", LABELS_LATENCY_MS, run, on, without,
                on / without, labels.records(), labels.bytesPer(orders)));
        String how = orders + " orders waiting, 1 task, ship.max.in.flight " + inFlight + ", subscriptions on";
        figures.record(labelsId(true), "shipments/s, UPS latency " + LABELS_LATENCY_MS + " ms, ZPL labels on",
                "shipments/s", how + ", label.format ZPL", on);
        figures.record(labelsId(false), "shipments/s, UPS latency " + LABELS_LATENCY_MS + " ms, labels off",
                "shipments/s", how + ", labels.enabled false", without);
        figures.record(labelsRatioId(), "labels on ÷ off, UPS latency " + LABELS_LATENCY_MS + " ms", "×",
                "ratio of the two rates of the same run", on / without);
        figures.record(labelBytesId(), "label bytes per shipment, ZPL", "bytes/shipment",
                "value bytes on the labels topic (Connect JSON with the image) ÷ shipments, " + labels.records()
                        + " records", labels.bytesPer(orders));
    }

    private double measure(ScenarioContext ctx, UpsSimulatorProcess ups, int latencyMs, int inFlight, int orders,
                           UnaryOperator<Map<String, String>> labels) {
        return measure(ctx, ups, latencyMs, inFlight, orders, 1, labels);
    }

    /**
     * Shipments/s of one sink task working off {@code orders} waiting orders to {@code customers} addresses, its
     * configuration adjusted by {@code settings}.
     */
    static double measure(ScenarioContext ctx, UpsSimulatorProcess ups, int latencyMs, int inFlight, int orders,
                          int customers, UnaryOperator<Map<String, String>> settings) {
        String topic = ctx.platform().unique("bench.sink.orders");
        String ledger = ctx.platform().unique("bench.sink.ledger");
        String connector = ctx.platform().unique("bench-ups-sink");
        ctx.platform().kafka().topics().create(topic, 1);
        ConnectorRunner runner = ctx.connectors();
        try (LedgerWatch watch = new LedgerWatch(ctx.platform().bootstrapServers(), ledger)) {
            new OrderProducer(ctx.platform().bootstrapServers()).produce(topic, connector.replace("-", "").toUpperCase()
                    .substring(5), orders, customers);
            long started = System.nanoTime();
            try {
                runner.start(connector, settings.apply(ConnectorConfigs.upsSink(ups.baseUrl(), topic, ledger,
                        ctx.platform().bootstrapServers(), inFlight, true)));
                long expectedSeconds = (long) orders * (latencyMs + 20) / 1000 / inFlight;
                await("all orders shipped").atMost(Duration.ofSeconds(90 + 3 * expectedSeconds))
                        .pollInterval(Duration.ofMillis(50)).until(() -> watch.finalCount() >= orders);
                // let the last subscription batch land before the connector is deleted
                await("subscriptions recorded").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                        .until(() -> watch.subscribedCount() >= orders);
            } finally {
                runner.deleteQuietly(connector);
            }
            if (watch.createdCount() < orders) {
                throw new IllegalStateException((orders - watch.createdCount()) + " of " + orders
                        + " orders were not shipped (FAILED in the ledger)");
            }
            return Throughput.steadyPerSecond(watch.finalTimes().values(), started);
        }
    }
}
