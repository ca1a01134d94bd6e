package dev.x3ups.benchmarks.harness;

import dev.x3ups.embedded.kafka.FreePort;
import dev.x3ups.x3.simulator.X3Simulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole flow on fresh simulators and fresh topics: X3 source → UPS sink → (Track Alert) tracking source →
 * X3 sink, with the UPS simulator's webhook pointed at the tracking source's listener.
 */
public final class Pipeline implements AutoCloseable {

    /** Knobs of one pipeline. */
    public record Settings(int pageSize, long pollIntervalMs, Duration x3Latency, Duration upsLatency,
                           int upsInFlight) {
    }

    private final Platform platform;
    private final Settings settings;
    private final X3Simulator x3;
    private final UpsSimulatorProcess ups;
    private final String orders;
    private final String ledger;
    private final String tracking;
    private final int listenerPort;
    private final List<String> connectors = new ArrayList<>();
    private final LedgerWatch ledgerWatch;

    private Pipeline(Platform platform, Settings settings) {
        this.platform = platform;
        this.settings = settings;
        this.x3 = Simulators.x3(settings.x3Latency());
        try {
            this.ups = Simulators.ups(settings.upsLatency(), 1.0);
        } catch (RuntimeException e) {
            x3.close();
            throw e;
        }
        this.orders = platform.unique("bench.x3.orders");
        this.ledger = platform.unique("bench.ups.shipments");
        this.tracking = platform.unique("bench.ups.tracking");
        this.listenerPort = FreePort.find();
        platform.kafka().topics().create(orders, 1);
        platform.kafka().topics().createCompacted(ledger, 1);
        platform.kafka().topics().create(tracking, 1);
        this.ledgerWatch = new LedgerWatch(platform.bootstrapServers(), ledger);
    }

    /** Simulators and topics; no connector yet (so orders can be put in X3 first). */
    public static Pipeline prepare(Platform platform, Settings settings) {
        return new Pipeline(platform, settings);
    }

    /** Creates the four connectors and points UPS's Track Alert webhook at the listener. */
    public void start() {
        String bootstrap = platform.bootstrapServers();
        ConnectorRunner runner = new ConnectorRunner(platform.rest());
        String listener = "http://127.0.0.1:" + listenerPort;
        ups.registerWebhook(ConnectorConfigs.UPS_CLIENT_ID, listener + "/ups/track-alert",
                listener + "/ups/oauth/token", ConnectorConfigs.WEBHOOK_CLIENT_ID,
                ConnectorConfigs.WEBHOOK_CLIENT_SECRET);
        start(runner, "bench-x3-sink", ConnectorConfigs.x3Sink(x3.baseUrl(), ledger, tracking));
        start(runner, "bench-tracking", ConnectorConfigs.trackingSource(ups.baseUrl(), listenerPort, tracking, ledger,
                bootstrap, "committed"));
        start(runner, "bench-ups-sink", ConnectorConfigs.upsSink(ups.baseUrl(), orders, ledger, bootstrap,
                settings.upsInFlight(), true));
        start(runner, "bench-x3-source", ConnectorConfigs.x3Source(x3.baseUrl(), orders, settings.pageSize(),
                settings.pollIntervalMs()));
    }

    private void start(ConnectorRunner runner, String base, Map<String, String> config) {
        String name = platform.unique(base);
        connectors.add(name);
        runner.start(name, config);
    }

    public X3Simulator x3() {
        return x3;
    }

    public UpsSimulatorProcess ups() {
        return ups;
    }

    public LedgerWatch ledger() {
        return ledgerWatch;
    }

    public String listenerUrl() {
        return "http://127.0.0.1:" + listenerPort;
    }

    @Override
    public void close() {
        ConnectorRunner runner = new ConnectorRunner(platform.rest());
        // the source first, so nothing new enters while the rest stops
        for (int i = connectors.size() - 1; i >= 0; i--) {
            runner.deleteQuietly(connectors.get(i));
        }
        ledgerWatch.close();
        ups.close();
        x3.close();
    }
}
