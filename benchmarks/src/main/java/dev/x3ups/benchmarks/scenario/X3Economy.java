package dev.x3ups.benchmarks.scenario;

import static org.awaitility.Awaitility.await;

import dev.x3ups.benchmarks.cli.BenchmarkOptions;
import dev.x3ups.benchmarks.harness.ConnectorConfigs;
import dev.x3ups.benchmarks.harness.ConnectorRunner;
import dev.x3ups.benchmarks.harness.ConsumerLag;
import dev.x3ups.benchmarks.harness.LedgerWatch;
import dev.x3ups.benchmarks.harness.ShippedConfigs;
import dev.x3ups.benchmarks.harness.Simulators;
import dev.x3ups.benchmarks.harness.TopicVolume;
import dev.x3ups.benchmarks.harness.UpsSimulatorProcess;
import dev.x3ups.benchmarks.harness.X3Calls;
import dev.x3ups.benchmarks.harness.X3OrderFeed;
import dev.x3ups.benchmarks.load.ParcelJourney;
import dev.x3ups.benchmarks.load.WebhookLoad;
import dev.x3ups.benchmarks.report.Figure;
import dev.x3ups.benchmarks.report.FigureCollector;
import dev.x3ups.benchmarks.report.Target;
import dev.x3ups.embedded.kafka.FreePort;
import dev.x3ups.x3.simulator.X3Simulator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scenario 10: X3 calls over a parcel's whole life, order created in X3 → shipped → tracking numbers written back
 * → label created, picked up, four in-transit scans, out for delivery, delivered, each written back. The X3 source
 * and sink run as shipped in {@code config/} (standard SORDER/PORDER representations, REST api1, Basic), once as
 * they are and once with today's behaviour switched back on (no write-back lookup, every event written, X3 read
 * before the first write); the figures come from the X3 simulator's request counters.
 */
public final class X3Economy implements Scenario {

    static final String CALLS_RATIO = "x3economy.calls_per_order.new_over_today";
    static final String CALLS_PER_STATUS_NEW = "x3economy.calls_per_status.new";
    static final String SALES_QUERY = "api1.GET.SORDER.SORDER.$query";

    /** The two behaviours compared. */
    enum Behaviour {
        NEW("new", "as shipped", Map.of(), Map.of()),
        TODAY("today", "today's behaviour", Map.of("x3.writeback.lookup.enabled", "false"),
                Map.of("x3.milestones", "ALL", "x3.read.before.write", "true"));

        final String id;
        final String label;
        final Map<String, String> source;
        final Map<String, String> sink;

        Behaviour(String id, String label, Map<String, String> source, Map<String, String> sink) {
            this.id = id;
            this.label = label;
            this.source = source;
            this.sink = sink;
        }
    }

    @Override
    public String id() {
        return "x3-economy";
    }

    @Override
    public String title() {
        return "10. X3 economy over a parcel's life";
    }

    @Override
    public List<Target> targets() {
        return List.of(
                Target.atMost(CALLS_PER_STATUS_NEW, "X3 calls per status written (write-back class)", 1.0),
                Target.atMost(CALLS_RATIO, "X3 calls per order over its life, shipped config ÷ today's behaviour",
                        0.25));
    }

    @Override
    public List<Figure> run(ScenarioContext ctx) throws Exception {
        int orders = ctx.options().scaled(200, 20);
        ShippedConfigs shipped = new ShippedConfigs(BenchmarkOptions.repositoryRoot(java.nio.file.Path.of(""))
                .resolve("config"));
        FigureCollector figures = new FigureCollector(title());
        try (UpsSimulatorProcess ups = Simulators.ups(Duration.ZERO, 1.0)) {
            for (int run = 1; run <= ctx.options().runs(); run++) {
                Map<Behaviour, X3Calls> calls = new HashMap<>();
                // alternate which goes first, so neither always runs on a warmer JVM
                List<Behaviour> order = run % 2 == 1 ? List.of(Behaviour.NEW, Behaviour.TODAY)
                        : List.of(Behaviour.TODAY, Behaviour.NEW);
                for (Behaviour b : order) {
                    long t0 = System.nanoTime();
                    X3Calls c = journey(ctx, ups, shipped, b, orders);
                    calls.put(b, c);
                    ctx.progress(String.format(Locale.ROOT, "run %d, %s: %.2f X3 calls/order (%.2f without polling "
                            + "pages), %.2f $details/order, %.2f calls/status written, %.2f statuses/order (%d s)",
                            run, b.label, per(c.total(), orders), per(c.withoutPolling(), orders),
                            per(c.orderDetails(), orders), c.callsPerStatus(), per(c.statuses(), orders),
                            (System.nanoTime() - t0) / 1_000_000_000L));
                    record(figures, b, c, orders);
                }
                X3Calls now = calls.get(Behaviour.NEW);
                X3Calls today = calls.get(Behaviour.TODAY);
                figures.record(CALLS_RATIO, "X3 calls per order, new ÷ today", "×", "same run, same journey",
                        (double) now.total() / today.total());
                figures.record("x3economy.calls_without_polling.new_over_today", "X3 calls per order without the "
                        + "polling pages, new ÷ today", "×", "same run", (double) now.withoutPolling()
                        / today.withoutPolling());
                figures.record("x3economy.details.new_over_today", "order $details reads, new ÷ today", "×",
                        "same run", today.orderDetails() == 0 ? 0 : (double) now.orderDetails() / today.orderDetails());
            }
        }
        return figures.figures();
    }

    private static double per(long n, int orders) {
        return (double) n / orders;
    }

    private static void record(FigureCollector figures, Behaviour b, X3Calls c, int orders) {
        String how = orders + " sales orders, each through the whole journey; shipped X3 source and sink ("
                + b.label + ")";
        figures.record("x3economy.calls_per_order." + b.id, "X3 calls per order, " + b.label, "calls/order",
                how + "; every api1 and GraphQL request", per(c.total(), orders));
        figures.record("x3economy.calls_without_polling_per_order." + b.id, "X3 calls per order without the "
                + "SORDER/PORDER $query pages, " + b.label, "calls/order", how, per(c.withoutPolling(), orders));
        figures.record("x3economy.query_pages_per_order." + b.id, "SORDER/PORDER $query pages per order, " + b.label,
                "calls/order", "the source's polls: a cost per poll interval, not per order", per(c.orderQueries(),
                        orders));
        figures.record("x3economy.details_per_order." + b.id, "SORDER/PORDER $details reads per order, " + b.label,
                "reads/order", how, per(c.orderDetails(), orders));
        figures.record("x3economy.master_data_per_order." + b.id, "master-data reads per order, " + b.label,
                "calls/order", "every api1/GraphQL request on other classes", per(c.masterData(), orders));
        figures.record("x3economy.writeback_lookups_per_order." + b.id, "write-back lookups (YSHIPTRK $query) per "
                + "order, " + b.label, "calls/order", "the source's evidence read, one per page", per(c.writeBackReads(),
                        orders));
        figures.record("x3economy.writeback_calls_per_order." + b.id, "write-back reads, creates and edits per order, "
                + b.label, "calls/order", "YSHIPTRK calls but $query", per(c.writeBackCalls(), orders));
        figures.record("x3economy.statuses_per_order." + b.id, "statuses written per order, " + b.label,
                "statuses/order", "YSHIPTRK records created or changed", per(c.statuses(), orders));
        figures.record("x3economy.calls_per_status." + b.id, "X3 calls per status written, " + b.label,
                "calls/status", "YSHIPTRK calls but $query ÷ records created or changed", c.callsPerStatus());
    }

    /** One journey of {@code orders} parcels on fresh X3, topics and connectors; the X3 counters it cost. */
    private X3Calls journey(ScenarioContext ctx, UpsSimulatorProcess ups, ShippedConfigs shipped, Behaviour b,
                            int orders) throws Exception {
        String bootstrap = ctx.platform().bootstrapServers();
        String ordersTopic = ctx.platform().unique("bench.economy.orders");
        String ledger = ctx.platform().unique("bench.economy.shipments");
        String tracking = ctx.platform().unique("bench.economy.tracking");
        String pickups = ctx.platform().unique("bench.economy.pickups");
        ctx.platform().kafka().topics().create(ordersTopic, 1);
        ctx.platform().kafka().topics().createCompacted(ledger, 1);
        ctx.platform().kafka().topics().create(tracking, 1);
        ctx.platform().kafka().topics().create(pickups, 1);
        int listenerPort = FreePort.find();
        String x3Sink = ctx.platform().unique("bench-economy-x3-sink");
        List<String> connectors = new ArrayList<>();
        ConnectorRunner runner = ctx.connectors();
        try (X3Simulator x3 = Simulators.x3(Duration.ZERO);
             LedgerWatch watch = new LedgerWatch(bootstrap, ledger);
             ConsumerLag lag = new ConsumerLag(bootstrap)) {
            new X3OrderFeed(x3.admin()).create(orders);
            x3.counters().reset();
            String deadLetters = ctx.platform().unique("bench.economy.dlq");
            Map<String, String> sink = new HashMap<>(shipped.x3Sink(x3.baseUrl(), ledger, tracking, pickups,
                    deadLetters));
            sink.putAll(b.sink);
            start(runner, connectors, x3Sink, sink);
            start(runner, connectors, ctx.platform().unique("bench-economy-tracking"), ConnectorConfigs.trackingSource(
                    ups.baseUrl(), listenerPort, tracking, ledger, bootstrap, "committed"));
            Map<String, String> upsSink = new HashMap<>(ConnectorConfigs.upsSink(ups.baseUrl(), ordersTopic, ledger,
                    bootstrap, ctx.options().upsInFlight(), true));
            upsSink.put("tracking.topic", tracking); // its delivery watch records deliveries from there
            start(runner, connectors, ctx.platform().unique("bench-economy-ups-sink"), upsSink);
            Map<String, String> source = new HashMap<>(shipped.x3Source(x3.baseUrl(), ordersTopic));
            source.putAll(b.source);
            start(runner, connectors, ctx.platform().unique("bench-economy-x3-source"), source);

            await("orders shipped and subscribed").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                    .until(() -> watch.createdCount() >= orders && watch.subscribedCount() >= orders);
            await("tracking numbers in X3").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                    .until(() -> x3.admin().writeBacks().stream().filter(r -> !blank(r.get("YTRKNUM"))).count()
                            >= orders);
            settle(x3, lag, x3Sink, List.of(ledger, tracking));

            Map<String, String> packages = new HashMap<>();
            watch.entries().forEach((key, entry) -> packages.put(X3OrderFeed.number(key), entry.trackingNumber()));
            Instant labelled = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(61));
            String listener = "http://127.0.0.1:" + listenerPort;
            WebhookLoad load = WebhookLoad.connect(URI.create(listener + "/ups/oauth/token"),
                    URI.create(listener + "/ups/track-alert"), ConnectorConfigs.WEBHOOK_CLIENT_ID,
                    ConnectorConfigs.WEBHOOK_CLIENT_SECRET);
            try (WebhookLoad.Sender sender = load.sender()) {
                for (ParcelJourney.Step step : ParcelJourney.STEPS) {
                    for (String trackingNumber : packages.values()) {
                        int status = sender.post(ParcelJourney.event(trackingNumber, labelled, step));
                        if (status != 200) {
                            throw new IllegalStateException("listener answered " + status + " to " + step.name());
                        }
                    }
                    settle(x3, lag, x3Sink, List.of(ledger, tracking));
                }
            }
            long delivered = x3.admin().writeBacks().stream().filter(r -> "D".equals(String.valueOf(r.get("YSTACOD"))))
                    .count();
            if (delivered < orders) {
                throw new IllegalStateException("only " + delivered + " of " + orders + " orders show delivered in X3 ("
                        + b.label + ")");
            }
            long dead = ctx.platform().kafka().topics().names().contains(deadLetters)
                    ? TopicVolume.read(bootstrap, deadLetters, Duration.ofSeconds(30)).records() : 0;
            if (dead > 0) {
                ctx.note("X3 economy (" + b.label + "): the X3 sink sent " + dead + " records to its dead-letter queue.");
            }
            return X3Calls.of(x3.counters().snapshot());
        } finally {
            for (int i = connectors.size() - 1; i >= 0; i--) {
                runner.deleteQuietly(connectors.get(i));
            }
        }
    }

    private static void start(ConnectorRunner runner, List<String> names, String name, Map<String, String> config) {
        names.add(name);
        runner.start(name, config);
    }

    private static boolean blank(Object value) {
        return value == null || String.valueOf(value).isBlank();
    }

    /**
     * Waits until the X3 sink has worked off its topics, then until the source has polled twice more (its echo
     * reads of what the sink wrote are in): the next step of the journey comes later, as hours later in life.
     */
    private static void settle(X3Simulator x3, ConsumerLag lag, String x3Sink, List<String> topics) {
        await("X3 sink caught up").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> lag.of("connect-" + x3Sink, topics) == 0);
        awaitPolls(x3, 2);
    }

    /** Waits until the source started {@code polls} more sales-order polls; the last but one is then complete. */
    private static void awaitPolls(X3Simulator x3, int polls) {
        long start = x3.counters().get(SALES_QUERY);
        await("X3 source polls").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> x3.counters().get(SALES_QUERY) >= start + polls);
    }
}
