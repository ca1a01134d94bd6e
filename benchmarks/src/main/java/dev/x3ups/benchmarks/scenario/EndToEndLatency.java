package dev.x3ups.benchmarks.scenario;

import static org.awaitility.Awaitility.await;

import dev.x3ups.benchmarks.harness.ConnectorConfigs;
import dev.x3ups.benchmarks.harness.Pipeline;
import dev.x3ups.benchmarks.harness.WriteBackWatch;
import dev.x3ups.benchmarks.harness.X3OrderFeed;
import dev.x3ups.benchmarks.load.TrackAlertEvents;
import dev.x3ups.benchmarks.load.WebhookLoad;
import dev.x3ups.benchmarks.report.Figure;
import dev.x3ups.benchmarks.report.FigureCollector;
import dev.x3ups.benchmarks.report.Target;
import dev.x3ups.benchmarks.stats.Samples;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Scenario 2: on the whole pipeline, how long from an order created in X3 until UPS has shipped it (its ledger
 * entry is final), and from a Track Alert event sent until X3's tracking record shows it. Orders and events
 * arrive at a steady pace, as in production, not as one backlog.
 */
public final class EndToEndLatency implements Scenario {

    static final int ORDERS_PER_SECOND = 20;
    static final int EVENTS_PER_SECOND = 20;
    static final long POLL_INTERVAL_MS = 1_000;
    static final int UPS_LATENCY_MS = 50;

    @Override
    public String id() {
        return "end-to-end";
    }

    @Override
    public String title() {
        return "2. End-to-end latency";
    }

    @Override
    public List<Target> targets() {
        return List.of();
    }

    @Override
    public List<Figure> run(ScenarioContext ctx) throws Exception {
        int orders = ctx.options().scaled(200, 40);
        FigureCollector figures = new FigureCollector(title());
        String shipHow = orders + " orders at " + ORDERS_PER_SECOND + "/s; source poll.interval.ms " + POLL_INTERVAL_MS
                + ", page 100; UPS latency " + UPS_LATENCY_MS + " ms";
        String eventHow = orders + " Track Alert posts at " + EVENTS_PER_SECOND + "/s (sent by the benchmark as UPS "
                + "does), committed mode; until YSHIPTRK changed (5 ms polling)";
        for (int run = 1; run <= ctx.options().runs(); run++) {
            Pipeline.Settings settings = new Pipeline.Settings(100, POLL_INTERVAL_MS, Duration.ZERO,
                    Duration.ofMillis(UPS_LATENCY_MS), ctx.options().upsInFlight());
            try (Pipeline pipeline = Pipeline.prepare(ctx.platform(), settings)) {
                pipeline.start();
                Samples shipped = shipOrders(pipeline, orders);
                Samples updated = sendEvents(pipeline, orders);
                ctx.progress(String.format("end to end, run %d: order→shipment p50 %.0f ms, p99 %.0f ms; "
                        + "event→X3 p50 %.0f ms, p99 %.0f ms", run, shipped.percentile(50), shipped.percentile(99),
                        updated.percentile(50), updated.percentile(99)));
                figures.record("e2e.order_to_shipment_p50_ms", "X3 order created → UPS shipment created, p50", "ms",
                        shipHow, shipped.percentile(50));
                figures.record("e2e.order_to_shipment_p99_ms", "X3 order created → UPS shipment created, p99", "ms",
                        shipHow, shipped.percentile(99));
                figures.record("e2e.event_to_x3_p50_ms", "UPS event sent → X3 updated, p50", "ms", eventHow,
                        updated.percentile(50));
                figures.record("e2e.event_to_x3_p99_ms", "UPS event sent → X3 updated, p99", "ms", eventHow,
                        updated.percentile(99));
            }
        }
        return figures.figures();
    }

    /** Creates orders at a steady pace; latency of each = first final ledger entry − creation. */
    private Samples shipOrders(Pipeline pipeline, int orders) {
        X3OrderFeed feed = new X3OrderFeed(pipeline.x3().admin());
        long period = 1_000_000_000L / ORDERS_PER_SECOND;
        long next = System.nanoTime();
        for (int i = 0; i < orders; i++) {
            LockSupport.parkNanos(next - System.nanoTime());
            feed.createOne();
            next += period;
        }
        await("all orders shipped").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                .until(() -> pipeline.ledger().finalCount() >= orders);
        Map<String, Long> shippedAt = pipeline.ledger().finalTimes();
        Samples samples = new Samples();
        feed.createdAt().forEach((key, created) -> samples.add((shippedAt.get(key) - created) / 1e6));
        return samples;
    }

    /**
     * Once every order is shipped, subscribed and its tracking number is in X3, posts one in-transit event per
     * package at a steady pace; latency = X3 record changed − event sent.
     */
    private Samples sendEvents(Pipeline pipeline, int orders) throws Exception {
        await("subscriptions recorded").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> pipeline.ledger().subscribedCount() >= orders);
        await("tracking numbers in X3").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> pipeline.x3().admin().writeBacks().stream()
                        .filter(r -> r.get("YTRKNUM") != null && !String.valueOf(r.get("YTRKNUM")).isBlank())
                        .count() >= orders);
        Map<String, String> packageOf = new HashMap<>();
        pipeline.ledger().entries().forEach((key, shipped) ->
                packageOf.put(X3OrderFeed.number(key), shipped.trackingNumber()));
        WebhookLoad load = WebhookLoad.connect(URI.create(pipeline.listenerUrl() + "/ups/oauth/token"),
                URI.create(pipeline.listenerUrl() + "/ups/track-alert"), ConnectorConfigs.WEBHOOK_CLIENT_ID,
                ConnectorConfigs.WEBHOOK_CLIENT_SECRET);
        Map<String, Long> sentAt = new HashMap<>();
        try (WriteBackWatch watch = new WriteBackWatch(pipeline.x3().admin());
             WebhookLoad.Sender sender = load.sender()) {
            long period = 1_000_000_000L / EVENTS_PER_SECOND;
            long next = System.nanoTime();
            Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            for (Map.Entry<String, String> order : packageOf.entrySet()) {
                LockSupport.parkNanos(next - System.nanoTime());
                sentAt.put(order.getKey(), System.nanoTime());
                int status = sender.post(TrackAlertEvents.arrivalScan(order.getValue(), at));
                if (status != 200) {
                    throw new IllegalStateException("listener answered " + status + " to a Track Alert event");
                }
                next += period;
            }
            await("every event in X3").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> watch.changedAt().size() >= sentAt.size());
            Map<String, Long> changed = watch.changedAt();
            Samples samples = new Samples();
            sentAt.forEach((number, sent) -> samples.add((changed.get(number) - sent) / 1e6));
            return samples;
        }
    }
}
