package dev.x3ups.benchmarks.scenario;

import dev.x3ups.benchmarks.harness.ConnectorConfigs;
import dev.x3ups.benchmarks.harness.ConnectorRunner;
import dev.x3ups.benchmarks.harness.LedgerSeeder;
import dev.x3ups.benchmarks.harness.Simulators;
import dev.x3ups.benchmarks.harness.UpsSimulatorProcess;
import dev.x3ups.benchmarks.load.TrackAlertEvents;
import dev.x3ups.benchmarks.load.WebhookLoad;
import dev.x3ups.benchmarks.report.Figure;
import dev.x3ups.benchmarks.report.FigureCollector;
import dev.x3ups.benchmarks.report.Target;
import dev.x3ups.embedded.kafka.FreePort;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Scenario 3: Track Alert events per second the tracking source's listener takes from a concurrent sender on
 * loopback, and how long each post waits for its answer, in both acknowledgement modes.
 */
public final class WebhookIntake implements Scenario {

    static final List<String> MODES = List.of("committed", "received");
    static final int CONCURRENCY = 32;
    static final int PACKAGES = 5_000;

    private long nextEvent;

    @Override
    public String id() {
        return "webhook";
    }

    @Override
    public String title() {
        return "3. Webhook intake";
    }

    @Override
    public List<Target> targets() {
        return List.of(
                Target.atLeast(rateId("committed"), "webhook events/s, committed mode", 5_000),
                Target.atMost(p99Id("committed"), "webhook p99 ack, committed mode (ms)", 50),
                Target.atLeast(rateId("received"), "webhook events/s, received mode", 5_000),
                Target.atMost(p99Id("received"), "webhook p99 ack, received mode (ms)", 50));
    }

    static String rateId(String mode) {
        return "webhook.events_per_s." + mode;
    }

    static String p50Id(String mode) {
        return "webhook.ack_p50_ms." + mode;
    }

    static String p99Id(String mode) {
        return "webhook.ack_p99_ms." + mode;
    }

    @Override
    public List<Figure> run(ScenarioContext ctx) throws Exception {
        int events = ctx.options().scaled(30_000, 2_000);
        int warmUp = Math.max(1_000, events / 10);
        FigureCollector figures = new FigureCollector(title());
        String ledger = ctx.platform().unique("bench.webhook.ledger");
        ctx.platform().kafka().topics().createCompacted(ledger, 1);
        List<String> trackingNumbers = IntStream.range(0, PACKAGES)
                .mapToObj(i -> TrackAlertEvents.trackingNumber(ConnectorConfigs.UPS_ACCOUNT, "03", 5_000_000 + i))
                .toList();
        new LedgerSeeder(ctx.platform().bootstrapServers()).seed(ledger, "WHK", trackingNumbers);
        TrackAlertEvents feed = new TrackAlertEvents(trackingNumbers,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1)));
        try (UpsSimulatorProcess ups = Simulators.ups(Duration.ZERO, 1.0)) {
            for (int run = 1; run <= ctx.options().runs(); run++) {
                for (String mode : MODES) {
                    WebhookLoad.Result r = measure(ctx, ups, ledger, mode, feed, warmUp, events);
                    double p50 = r.ackMillis().percentile(50);
                    double p99 = r.ackMillis().percentile(99);
                    ctx.progress(String.format("webhook %s, run %d: %.0f events/s, ack p50 %.1f ms, p99 %.1f ms, "
                            + "%d rejected", mode, run, r.acknowledgedPerSecond(), p50, p99, r.rejected()));
                    String how = events + " posts, " + CONCURRENCY + " keep-alive connections on loopback";
                    figures.record(rateId(mode), "events/s acknowledged, " + mode + " mode", "events/s", how,
                            r.acknowledgedPerSecond());
                    figures.record(p50Id(mode), "ack latency p50, " + mode + " mode", "ms", how, p50);
                    figures.record(p99Id(mode), "ack latency p99, " + mode + " mode", "ms", how, p99);
                    figures.record("webhook.rejected_share." + mode, "posts not answered 200, " + mode + " mode",
                            "share", "401/4xx/503 or no answer", (double) r.rejected() / r.sent());
                }
            }
        }
        return figures.figures();
    }

    private WebhookLoad.Result measure(ScenarioContext ctx, UpsSimulatorProcess ups, String ledger, String mode,
                                       TrackAlertEvents feed, int warmUp, int events) throws Exception {
        String topic = ctx.platform().unique("bench.webhook.tracking");
        String connector = ctx.platform().unique("bench-tracking");
        ctx.platform().kafka().topics().create(topic, 1);
        int port = FreePort.find();
        ConnectorRunner runner = ctx.connectors();
        try {
            runner.start(connector, ConnectorConfigs.trackingSource(ups.baseUrl(), port, topic, ledger,
                    ctx.platform().bootstrapServers(), mode));
            String base = "http://127.0.0.1:" + port;
            WebhookLoad load = WebhookLoad.connect(URI.create(base + "/ups/oauth/token"),
                    URI.create(base + "/ups/track-alert"), ConnectorConfigs.WEBHOOK_CLIENT_ID,
                    ConnectorConfigs.WEBHOOK_CLIENT_SECRET);
            // warm-up: connections, JIT and the task's ledger read; not measured
            load.post(nextEvent, warmUp, CONCURRENCY, feed::body);
            nextEvent += warmUp;
            WebhookLoad.Result result = load.post(nextEvent, events, CONCURRENCY, feed::body);
            nextEvent += events;
            return result;
        } finally {
            runner.deleteQuietly(connector);
        }
    }
}
