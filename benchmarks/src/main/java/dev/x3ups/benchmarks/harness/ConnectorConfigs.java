package dev.x3ups.benchmarks.harness;

import dev.x3ups.embedded.connectors.PipelineConfigs;
import dev.x3ups.embedded.connectors.ShipFromSite;
import dev.x3ups.embedded.connectors.TrackAlertListener;
import dev.x3ups.embedded.connectors.UpsConnection;
import dev.x3ups.embedded.connectors.X3Connection;
import dev.x3ups.embedded.connectors.X3Login;
import java.util.HashMap;
import java.util.Map;

/**
 * Configurations of the four connectors as the benchmark runs them: the shipped defaults (config/*.json)
 * except where a benchmark knob is the point of the scenario, and short intervals so a run is not waiting on
 * timers meant for production.
 */
public final class ConnectorConfigs {

    public static final String UPS_CLIENT_ID = "bench-ups-client";
    public static final String UPS_CLIENT_SECRET = "bench-ups-client-secret";
    public static final String UPS_ACCOUNT = "A1B2C3";
    public static final String WEBHOOK_CLIENT_ID = "bench-webhook-client";
    public static final String WEBHOOK_CLIENT_SECRET = "bench-webhook-secret";
    public static final String X3_FOLDER = "SEED";
    public static final int X3_SINK_IN_FLIGHT = 4;
    static final String X3_USER = "wsconnector";
    static final String X3_PASSWORD = "Connector#2025";

    private ConnectorConfigs() {
    }

    /** X3 source reading sales orders through the YSOSHIP feed, whose $query rows carry the lines. */
    public static Map<String, String> x3Source(String x3Url, String topic, int pageSize, long pollIntervalMs) {
        return PipelineConfigs.x3Source(x3(x3Url), topic)
                .with("x3.entities", "SALES").with("x3.sales.representation", "YSOSHIP")
                .with("page.size", Integer.toString(pageSize)).with("poll.interval.ms", Long.toString(pollIntervalMs))
                .with("overlap.ms", "2000").with("retry.backoff.ms", "100").build();
    }

    public static Map<String, String> upsSink(String upsUrl, String ordersTopic, String ledgerTopic,
                                              String bootstrapServers, int maxInFlight, boolean subscribe) {
        return PipelineConfigs.upsSink(ups(upsUrl), ordersTopic, ledgerTopic, bootstrapServers)
                .with("ship.max.in.flight", Integer.toString(maxInFlight))
                // the per-task token bucket is a production guard; the figure is what the connector itself sustains
                .with("ups.rate.limit.per.second", "2000").with("ups.retry.backoff.ms", "50")
                .with("ledger.topic.partitions", "1").with("ledger.topic.replication.factor", "1")
                .with("subscription.enabled", Boolean.toString(subscribe))
                .with("subscription.flush.interval.ms", "1000")
                .with("consumer.override.max.poll.records", "500").with("errors.tolerance", "all")
                .with(ShipFromSite.settings(UPS_ACCOUNT, ShipFromSite.ATLANTA, ShipFromSite.RENO))
                .with("service.selection", "MAPPED").build();
    }

    /**
     * A UPS sink config with labels written as the shipped config/ups-sink-connector.json writes them (ZPL), to
     * {@code labelsTopic} so a run's label bytes can be read back on their own.
     */
    public static Map<String, String> withZplLabels(Map<String, String> upsSink, String labelsTopic) {
        return with(upsSink, Map.of("labels.enabled", "true", "label.format", "ZPL", "labels.topic", labelsTopic));
    }

    /** A UPS sink config that writes no labels: the baseline the labels figure is held against. */
    public static Map<String, String> withoutLabels(Map<String, String> upsSink) {
        return with(upsSink, Map.of("labels.enabled", "false"));
    }

    private static Map<String, String> with(Map<String, String> config, Map<String, String> settings) {
        Map<String, String> out = new HashMap<>(config);
        out.putAll(settings);
        return Map.copyOf(out);
    }

    public static Map<String, String> x3Sink(String x3Url, String ledgerTopic, String trackingTopic) {
        return PipelineConfigs.x3Sink(x3(x3Url), ledgerTopic, trackingTopic)
                // the default 4 caps the whole pipeline at ~40 statuses/s against the simulator (~100 ms per write)
                .with("max.in.flight.orders", Integer.toString(X3_SINK_IN_FLIGHT))
                .with("retry.backoff.ms", "100").with("errors.tolerance", "all").build();
    }

    public static Map<String, String> trackingSource(String upsUrl, int listenerPort, String trackingTopic,
                                                     String ledgerTopic, String bootstrapServers, String ackMode) {
        TrackAlertListener listener = new TrackAlertListener(listenerPort, WEBHOOK_CLIENT_ID, WEBHOOK_CLIENT_SECRET);
        return PipelineConfigs.trackingSource(ups(upsUrl), listener, trackingTopic, ledgerTopic, bootstrapServers)
                .with("ack.mode", ackMode).with("quantumview.mode", "NEVER").build();
    }

    private static X3Connection x3(String url) {
        return new X3Connection(url, X3_FOLDER, X3Login.basic(X3_USER, X3_PASSWORD));
    }

    private static UpsConnection ups(String url) {
        return new UpsConnection(url, UPS_CLIENT_ID, UPS_CLIENT_SECRET);
    }
}
