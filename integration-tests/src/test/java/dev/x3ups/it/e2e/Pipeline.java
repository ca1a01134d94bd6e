package dev.x3ups.it.e2e;

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
        Map<String, String> c = base("dev.x3ups.x3.source.X3SourceConnector", 2); // one task per entity
        c.putAll(x3Connection());
        c.put("x3.transport", "REST");
        c.put("x3.entities", "SALES,PURCHASE");
        // The standard representations, as config/ has them: their $query rows carry no lines, so each order
        // is completed with a $details read.
        c.put("x3.sales.representation", "SORDER");
        c.put("x3.purchase.representation", "PORDER");
        c.put("x3.filter.carriers", "UPS");
        c.put("topic", ORDERS);
        c.put("poll.interval.ms", "500");
        c.put("page.size", "100");
        c.put("overlap.ms", "2000");
        c.put("retry.backoff.ms", "200");
        c.put("retry.backoff.max.ms", "2000");
        return c;
    }

    Map<String, String> upsSink() {
        Map<String, String> c = base("dev.x3ups.ups.sink.UpsSinkConnector", 2);
        c.put("topics", ORDERS);
        c.putAll(deadLetters(UPS_SINK_DLQ));
        c.putAll(upsConnection());
        c.put("ship.max.in.flight", "16");
        c.put("ups.retry.backoff.ms", "100");
        c.put("ups.retry.backoff.max.ms", "2000");
        c.put("ledger.topic", SHIPMENTS);
        c.put("ledger.bootstrap.servers", bootstrap);
        c.put("ledger.topic.partitions", "3");
        c.put("ledger.topic.replication.factor", "1");
        c.put("subscription.enabled", "true");
        c.put("subscription.flush.interval.ms", "1000");
        c.put("reconcile.checks", "3");
        c.put("reconcile.check.interval.ms", "500");
        c.put("sites", "ATL,RNO,MIS");
        site(c, "ATL", "Atlanta Distribution Center", "1200 Fulton Industrial Blvd SW", "Atlanta", "GA", "30336", "US",
                "+1 404-555-0100");
        site(c, "RNO", "Reno Fulfillment Center", "555 Vassar St", "Reno", "NV", "89502", "US", "+1 775-555-0100");
        site(c, "MIS", "Mississauga Warehouse", "6800 Maritz Dr", "Mississauga", "ON", "L5W 1W2", "CA",
                "+1 905-555-0100");
        c.put("service.selection", "MAPPED");
        c.put("service.map", "UGND:03,U3DS:12,U2DA:02,UNDA:01,USTD:11,UWEX:07");
        return c;
    }

    Map<String, String> trackingSource() {
        Map<String, String> c = base("dev.x3ups.ups.tracking.UpsTrackingSourceConnector", 1); // one listener port
        c.put("topic", TRACKING);
        c.put("ledger.topic", SHIPMENTS);
        c.put("ledger.bootstrap.servers", bootstrap);
        c.put("ledger.wait.ms", "2000");
        c.putAll(upsConnection());
        c.put("ups.rate.limit.per.second", "50");
        c.put("listener.bind.address", "127.0.0.1");
        c.put("listener.port", Integer.toString(listenerPort));
        c.put("listener.path", LISTENER_PATH);
        c.put("listener.token.path", LISTENER_TOKEN_PATH);
        c.put("webhook.auth", "OAUTH2");
        c.put("webhook.client.id", HOOK_CLIENT_ID);
        c.put("webhook.client.secret", HOOK_SECRET);
        c.put("ack.mode", "committed");
        // Track polling is what catches dropped webhooks here; one simulated day passes in ten seconds.
        c.put("quantumview.mode", "NEVER");
        c.put("reconcile.interval.ms", "2000");
        c.put("reconcile.stale.after.ms", "15000");
        c.put("reconcile.batch.size", "50");
        return c;
    }

    Map<String, String> x3Sink() {
        // One task however many are allowed: it merges both topics per order (tracking is keyed by package).
        Map<String, String> c = base("dev.x3ups.x3.sink.X3SinkConnector", 1);
        c.put("topics", SHIPMENTS + "," + TRACKING);
        c.putAll(deadLetters(X3_SINK_DLQ));
        c.putAll(x3Connection());
        c.put("x3.target", "API1");
        c.put("x3.target.class", "YSHIPTRK");
        c.put("x3.target.representation", "YSHIPTRK");
        c.put("x3.target.key.field", "YORDNUM");
        c.put("x3.target.kind.field", "YORDTYP");
        c.put("x3.target.carrier", "UPS");
        c.put("x3.status.map", "M=M,MV=MV,P=P,I=I,W=W,O=O,D=D,X=X,RS=RS,DO=DO,DD=DD,NA=NA");
        c.put("x3.shipments.topic", SHIPMENTS);
        c.put("x3.tracking.topic", TRACKING);
        c.put("retry.max.attempts", "5");
        c.put("retry.backoff.ms", "100");
        c.put("retry.backoff.max.ms", "2000");
        return c;
    }

    private static Map<String, String> base(String connectorClass, int tasks) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", connectorClass);
        c.put("tasks.max", Integer.toString(tasks));
        c.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        c.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        c.put("value.converter.schemas.enable", "true");
        return c;
    }

    private static Map<String, String> deadLetters(String topic) {
        return Map.of("errors.tolerance", "all",
                "errors.deadletterqueue.topic.name", topic,
                "errors.deadletterqueue.topic.replication.factor", "1",
                "errors.deadletterqueue.context.headers.enable", "true");
    }

    private Map<String, String> x3Connection() {
        return Map.of("x3.url", x3Url, "x3.endpoint", ExpectedOrder.FOLDER, "x3.auth.mode", "BASIC",
                "x3.username", X3_USER, "x3.password", X3_PASSWORD);
    }

    private Map<String, String> upsConnection() {
        return Map.of("ups.base.url", upsUrl, "ups.client.id", UPS_CLIENT_ID, "ups.client.secret", UPS_CLIENT_SECRET);
    }

    private static void site(Map<String, String> c, String code, String name, String line, String city, String state,
                             String postalCode, String country, String phone) {
        String p = "site." + code + ".";
        c.put(p + "name", name);
        c.put(p + "address.lines", line);
        c.put(p + "city", city);
        c.put(p + "state", state);
        c.put(p + "postal.code", postalCode);
        c.put(p + "country", country);
        c.put(p + "phone", phone);
        c.put(p + "account", UPS_ACCOUNT);
    }
}
