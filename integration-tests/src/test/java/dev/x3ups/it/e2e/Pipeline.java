package dev.x3ups.it.e2e;

import dev.x3ups.embedded.connectors.PipelineConfigs;
import dev.x3ups.embedded.connectors.ShipFromSite;
import dev.x3ups.embedded.connectors.TrackAlertListener;
import dev.x3ups.embedded.connectors.UpsConnection;
import dev.x3ups.embedded.connectors.X3Connection;
import dev.x3ups.embedded.connectors.X3Login;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four connectors wired as in production ({@code config/*.json}): X3 source → {@code x3.orders} → UPS sink →
 * {@code ups.shipments} (+ Track Alert) → tracking source listener → {@code ups.tracking} → X3 sink → X3. Only the
 * addresses, the topic names and the intervals (shortened for a fast simulated clock) are the test's own.
 */
final class Pipeline {

    static final String ORDERS = "x3.orders";
    static final String SHIPMENTS = "ups.shipments";
    static final String TRACKING = "ups.tracking";
    static final String UPS_SINK_DLQ = "ups.sink.dlq";
    static final String X3_SINK_DLQ = "x3.sink.dlq";

    static final String X3_SOURCE = "sage-x3-source";
    static final String UPS_SINK = "ups-sink";
    static final String UPS_TRACKING = "ups-tracking-source";
    static final String X3_SINK = "sage-x3-sink";

    static final String UPS_CLIENT_ID = "sim-client-id";
    static final String UPS_CLIENT_SECRET = "sim-client-secret";
    static final String UPS_ACCOUNT = "A1B2C3";
    static final String X3_USER = "wsconnector";
    static final String X3_PASSWORD = "Connector#2025";
    static final String HOOK_CLIENT_ID = "ups-webhook-caller";
    static final String HOOK_SECRET = "e2e-webhook-secret-never-logged";
    static final String LISTENER_PATH = "/ups/track-alert";
    static final String LISTENER_TOKEN_PATH = "/ups/oauth/token";

    private final String x3Url;
    private final String upsUrl;
    private final String bootstrap;
    private final int listenerPort;

    Pipeline(String x3Url, String upsUrl, String bootstrap, int listenerPort) {
        this.x3Url = x3Url;
        this.upsUrl = upsUrl;
        this.bootstrap = bootstrap;
        this.listenerPort = listenerPort;
    }

    /** Connector name → config, in the order they are created (producers before their consumers). */
    Map<String, Map<String, String>> connectors() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        all.put(X3_SOURCE, x3Source());
        all.put(UPS_SINK, upsSink());
        all.put(UPS_TRACKING, trackingSource());
        all.put(X3_SINK, x3Sink());
        return all;
    }

    /** Tasks each connector runs once started. */
    static int tasks(Map<String, String> config) {
        return Integer.parseInt(config.get("tasks.max"));
    }

    String webhookUrl() {
        return listenerBase() + LISTENER_PATH;
    }

    String webhookTokenUrl() {
        return listenerBase() + LISTENER_TOKEN_PATH;
    }

    /** Every secret a config holds: none of them may appear in the test's output. */
    static List<String> secrets() {
        return List.of(UPS_CLIENT_SECRET, X3_PASSWORD, HOOK_SECRET);
    }

    private String listenerBase() {
        return "http://127.0.0.1:" + listenerPort;
    }

    Map<String, String> x3Source() {
        return PipelineConfigs.x3Source(x3Connection(), ORDERS).tasks(2) // one task per entity
                .with("x3.transport", "REST").with("x3.entities", "SALES,PURCHASE")
                // The standard representations, as config/ has them: their $query rows carry no lines, so each
                // order is completed with a $details read.
                .with("x3.sales.representation", "SORDER").with("x3.purchase.representation", "PORDER")
                .with("x3.filter.carriers", "UPS").with("poll.interval.ms", "500").with("page.size", "100")
                .with("overlap.ms", "2000").with("retry.backoff.ms", "200").with("retry.backoff.max.ms", "2000")
                .build();
    }

    Map<String, String> upsSink() {
        return PipelineConfigs.upsSink(upsConnection(), ORDERS, SHIPMENTS, bootstrap).tasks(2)
                .deadLetterQueue(UPS_SINK_DLQ).with("ship.max.in.flight", "16")
                .with("ups.retry.backoff.ms", "100").with("ups.retry.backoff.max.ms", "2000")
                .with("ledger.topic.partitions", "3").with("ledger.topic.replication.factor", "1")
                .with("subscription.enabled", "true").with("subscription.flush.interval.ms", "1000")
                .with("reconcile.checks", "3").with("reconcile.check.interval.ms", "500")
                .with("reconcile.reship.backoff.ms", "300").with("reconcile.reship.backoff.max.ms", "3000")
                .with(ShipFromSite.settings(UPS_ACCOUNT, ShipFromSite.ATLANTA, ShipFromSite.RENO,
                        ShipFromSite.MISSISSAUGA))
                .with("service.selection", "MAPPED")
                .with("service.map", "UGND:03,U3DS:12,U2DA:02,UNDA:01,USTD:11,UWEX:07")
                .build();
    }

    Map<String, String> trackingSource() {
        // one task: one listener port
        return PipelineConfigs.trackingSource(upsConnection(), new TrackAlertListener(listenerPort, HOOK_CLIENT_ID,
                        HOOK_SECRET), TRACKING, SHIPMENTS, bootstrap)
                .with("ledger.wait.ms", "2000").with("ups.rate.limit.per.second", "50")
                .with("listener.path", LISTENER_PATH).with("listener.token.path", LISTENER_TOKEN_PATH)
                .with("ack.mode", "committed")
                // Track polling is what catches dropped webhooks here; one simulated day passes in ten seconds.
                .with("quantumview.mode", "NEVER").with("reconcile.interval.ms", "2000")
                .with("reconcile.stale.after.ms", "15000").with("reconcile.batch.size", "50").build();
    }

    Map<String, String> x3Sink() {
        // One task however many are allowed: it merges both topics per order (tracking is keyed by package).
        return PipelineConfigs.x3Sink(x3Connection(), SHIPMENTS, TRACKING).deadLetterQueue(X3_SINK_DLQ)
                .with("x3.target.class", "YSHIPTRK").with("x3.target.representation", "YSHIPTRK")
                .with("x3.target.key.field", "YORDNUM").with("x3.target.kind.field", "YORDTYP")
                .with("x3.target.carrier", "UPS")
                .with("x3.status.map", "M=M,MV=MV,P=P,I=I,W=W,O=O,D=D,X=X,RS=RS,DO=DO,DD=DD,NA=NA")
                .with("retry.max.attempts", "5").with("retry.backoff.ms", "100").with("retry.backoff.max.ms", "2000")
                .build();
    }

    private X3Connection x3Connection() {
        return new X3Connection(x3Url, ExpectedOrder.FOLDER, X3Login.basic(X3_USER, X3_PASSWORD));
    }

    private UpsConnection upsConnection() {
        return new UpsConnection(upsUrl, UPS_CLIENT_ID, UPS_CLIENT_SECRET);
    }
}
