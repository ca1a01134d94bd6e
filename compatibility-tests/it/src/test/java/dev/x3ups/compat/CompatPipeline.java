package dev.x3ups.compat;

import dev.x3ups.embedded.connectors.PipelineConfigs;
import dev.x3ups.embedded.connectors.ShipFromSite;
import dev.x3ups.embedded.connectors.TrackAlertListener;
import dev.x3ups.embedded.connectors.UpsConnection;
import dev.x3ups.embedded.connectors.X3Connection;
import dev.x3ups.embedded.connectors.X3Login;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The four connectors wired as in {@code config/}, one task each, intervals shortened for a fast simulated
 * UPS clock: X3 source → orders → UPS sink → ledger (+ Track Alert) → tracking source → X3 sink → X3.
 */
final class CompatPipeline {
    static final String X3_SOURCE = "sage-x3-source";
    static final String UPS_SINK = "ups-sink";
    static final String UPS_TRACKING = "ups-tracking-source";
    static final String X3_SINK = "sage-x3-sink";

    static final String FOLDER = "SEED";
    static final String UPS_CLIENT_ID = "sim-client-id";
    static final String UPS_CLIENT_SECRET = "sim-client-secret";
    static final String UPS_ACCOUNT = "A1B2C3";
    static final String HOOK_CLIENT_ID = "ups-webhook-caller";
    static final String HOOK_SECRET = "compat-webhook-secret";
    static final String LISTENER_PATH = "/ups/track-alert";
    static final String LISTENER_TOKEN_PATH = "/ups/oauth/token";

    private static final String ORDERS = "x3.orders";
    private static final String SHIPMENTS = "ups.shipments";
    private static final String TRACKING = "ups.tracking";

    private final String x3Url;
    private final String upsUrl;
    private final String bootstrap;
    private final int listenerPort;

    CompatPipeline(String x3Url, String upsUrl, String bootstrap, int listenerPort) {
        this.x3Url = x3Url;
        this.upsUrl = upsUrl;
        this.bootstrap = bootstrap;
        this.listenerPort = listenerPort;
    }

    /** Connector name → config, producers before their consumers. */
    Map<String, Map<String, String>> connectors() {
        X3Connection x3 = new X3Connection(x3Url, FOLDER, X3Login.basic("wsconnector", "Connector#2025"));
        UpsConnection ups = new UpsConnection(upsUrl, UPS_CLIENT_ID, UPS_CLIENT_SECRET);
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        all.put(X3_SOURCE, PipelineConfigs.x3Source(x3, ORDERS)
                .with("x3.transport", "REST").with("x3.entities", "SALES,PURCHASE")
                .with("x3.sales.representation", "SORDER").with("x3.purchase.representation", "PORDER")
                .with("x3.filter.carriers", "UPS").with("poll.interval.ms", "500").with("page.size", "100")
                .with("overlap.ms", "2000").build());
        all.put(UPS_SINK, PipelineConfigs.upsSink(ups, ORDERS, SHIPMENTS, bootstrap)
                .deadLetterQueue("ups.sink.dlq").with("ship.max.in.flight", "8")
                .with("ledger.topic.partitions", "1").with("ledger.topic.replication.factor", "1")
                .with("subscription.enabled", "true").with("subscription.flush.interval.ms", "1000")
                .with(ShipFromSite.settings(UPS_ACCOUNT, ShipFromSite.ATLANTA, ShipFromSite.RENO,
                        ShipFromSite.MISSISSAUGA))
                .with("service.selection", "MAPPED")
                .with("service.map", "UGND:03,U3DS:12,U2DA:02,UNDA:01,USTD:11,UWEX:07").build());
        all.put(UPS_TRACKING, PipelineConfigs.trackingSource(ups, new TrackAlertListener(listenerPort,
                        HOOK_CLIENT_ID, HOOK_SECRET), TRACKING, SHIPMENTS, bootstrap)
                .with("ledger.wait.ms", "2000").with("listener.path", LISTENER_PATH)
                .with("listener.token.path", LISTENER_TOKEN_PATH).with("ack.mode", "committed")
                .with("quantumview.mode", "NEVER").with("reconcile.interval.ms", "2000")
                .with("reconcile.stale.after.ms", "15000").build());
        all.put(X3_SINK, PipelineConfigs.x3Sink(x3, SHIPMENTS, TRACKING).deadLetterQueue("x3.sink.dlq")
                .with("x3.target.class", "YSHIPTRK").with("x3.target.representation", "YSHIPTRK")
                .with("x3.target.key.field", "YORDNUM").with("x3.target.kind.field", "YORDTYP")
                .with("x3.target.carrier", "UPS")
                .with("x3.status.map", "M=M,MV=MV,P=P,I=I,W=W,O=O,D=D,X=X,RS=RS,DO=DO,DD=DD,NA=NA")
                .with("retry.backoff.ms", "100").with("retry.backoff.max.ms", "2000").build());
        return all;
    }

    String webhookUrl() {
        return "http://127.0.0.1:" + listenerPort + LISTENER_PATH;
    }

    String webhookTokenUrl() {
        return "http://127.0.0.1:" + listenerPort + LISTENER_TOKEN_PATH;
    }
}
