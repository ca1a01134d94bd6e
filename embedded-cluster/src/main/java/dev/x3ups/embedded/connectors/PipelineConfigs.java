package dev.x3ups.embedded.connectors;

import java.util.Map;

/**
 * The four connectors wired to X3, UPS and each other, as tests, benchmarks and demos create them: what every
 * such config needs (class, converters, connections, topics); each caller adds its own tuning. The keys are the
 * connectors' own ({@code *Config} classes, README), spelled out because the connectors are not on this
 * classpath: the workers load them from the plugin archive.
 */
public final class PipelineConfigs {

    public static final String X3_SOURCE = "dev.x3ups.x3.source.X3SourceConnector";
    public static final String UPS_SINK = "dev.x3ups.ups.sink.UpsSinkConnector";
    public static final String TRACKING_SOURCE = "dev.x3ups.ups.tracking.UpsTrackingSourceConnector";
    public static final String X3_SINK = "dev.x3ups.x3.sink.X3SinkConnector";

    private PipelineConfigs() {
    }

    /** X3 orders into {@code ordersTopic}. */
    public static ConnectorConfigBuilder x3Source(X3Connection x3, String ordersTopic) {
        return new ConnectorConfigBuilder(X3_SOURCE).with(x3.settings()).with("topic", ordersTopic);
    }

    /** Orders of {@code ordersTopic} shipped with UPS, recorded in the ledger ({@code ledgerTopic}). */
    public static ConnectorConfigBuilder upsSink(UpsConnection ups, String ordersTopic, String ledgerTopic,
                                                 String bootstrapServers) {
        return new ConnectorConfigBuilder(UPS_SINK).with("topics", ordersTopic).with(ups.settings())
                .with(ledger(ledgerTopic, bootstrapServers));
    }

    /** Track Alert events taken by {@code listener} (and reconciled with UPS) into {@code trackingTopic}. */
    public static ConnectorConfigBuilder trackingSource(UpsConnection ups, TrackAlertListener listener,
                                                        String trackingTopic, String ledgerTopic,
                                                        String bootstrapServers) {
        return new ConnectorConfigBuilder(TRACKING_SOURCE).with("topic", trackingTopic)
                .with(ledger(ledgerTopic, bootstrapServers)).with(ups.settings()).with(listener.settings());
    }

    /** Shipments ({@code ledgerTopic}) and tracking events written back to X3 through api1. */
    public static ConnectorConfigBuilder x3Sink(X3Connection x3, String ledgerTopic, String trackingTopic) {
        return new ConnectorConfigBuilder(X3_SINK).with("topics", ledgerTopic + "," + trackingTopic)
                .with(x3.settings()).with("x3.target", "API1")
                .with("x3.shipments.topic", ledgerTopic).with("x3.tracking.topic", trackingTopic);
    }

    // The UPS sink writes the ledger with its own producer and the tracking source reads it with its own
    // consumer: Connect does not hand connectors the worker's bootstrap servers.
    private static Map<String, String> ledger(String ledgerTopic, String bootstrapServers) {
        return Map.of("ledger.topic", ledgerTopic, "ledger.bootstrap.servers", bootstrapServers);
    }
}
