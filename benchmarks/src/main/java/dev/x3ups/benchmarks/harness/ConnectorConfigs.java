package dev.x3ups.benchmarks.harness;

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
    public static final int X3_SINK_IN_FLIGHT = 16;
    static final String X3_USER = "wsconnector";
    static final String X3_PASSWORD = "Connector#2025";

    private ConnectorConfigs() {
    }

    /** X3 source reading sales orders through the YSOSHIP feed, whose $query rows carry the lines. */
    public static Map<String, String> x3Source(String x3Url, String topic, int pageSize, long pollIntervalMs) {
        Map<String, String> c = new HashMap<>();
        c.put("connector.class", "dev.x3ups.x3.source.X3SourceConnector");
        c.put("tasks.max", "1");
        c.put("x3.url", x3Url);
        c.put("x3.endpoint", X3_FOLDER);
        c.put("x3.auth.mode", "BASIC");
        c.put("x3.username", X3_USER);
        c.put("x3.password", X3_PASSWORD);
        c.put("x3.entities", "SALES");
        c.put("x3.sales.representation", "YSOSHIP");
        c.put("topic", topic);
        c.put("page.size", Integer.toString(pageSize));
        c.put("poll.interval.ms", Long.toString(pollIntervalMs));
        c.put("overlap.ms", "2000");
        c.put("retry.backoff.ms", "100");
        converters(c);
        return c;
    }

    public static Map<String, String> upsSink(String upsUrl, String ordersTopic, String ledgerTopic,
                                              String bootstrapServers, int maxInFlight, boolean subscribe) {
        Map<String, String> c = new HashMap<>();
        c.put("connector.class", "dev.x3ups.ups.sink.UpsSinkConnector");
        c.put("tasks.max", "1");
        c.put("topics", ordersTopic);
        c.put("ups.base.url", upsUrl);
        c.put("ups.client.id", UPS_CLIENT_ID);
        c.put("ups.client.secret", UPS_CLIENT_SECRET);
        c.put("ship.max.in.flight", Integer.toString(maxInFlight));
        // the per-task token bucket is a production guard; the figure is what the connector itself sustains
        c.put("ups.rate.limit.per.second", "2000");
        c.put("ups.retry.backoff.ms", "50");
        c.put("ledger.topic", ledgerTopic);
        c.put("ledger.bootstrap.servers", bootstrapServers);
        c.put("ledger.topic.partitions", "1");
        c.put("ledger.topic.replication.factor", "1");
        c.put("subscription.enabled", Boolean.toString(subscribe));
        c.put("subscription.flush.interval.ms", "1000");
        c.put("consumer.override.max.poll.records", "500");
        c.put("errors.tolerance", "all");
        c.put("sites", "ATL,RNO");
        site(c, "ATL", "Atlanta Distribution Center", "1200 Fulton Industrial Blvd SW", "Atlanta", "GA", "30336",
                "+1 404-555-0100");
        site(c, "RNO", "Reno Fulfillment Center", "555 Vassar St", "Reno", "NV", "89502", "+1 775-555-0100");
        c.put("service.selection", "MAPPED");
        converters(c);
        return c;
    }

    public static Map<String, String> x3Sink(String x3Url, String ledgerTopic, String trackingTopic) {
        Map<String, String> c = new HashMap<>();
        c.put("connector.class", "dev.x3ups.x3.sink.X3SinkConnector");
        c.put("tasks.max", "1");
        c.put("topics", ledgerTopic + "," + trackingTopic);
        c.put("x3.url", x3Url);
        c.put("x3.endpoint", X3_FOLDER);
        c.put("x3.auth.mode", "BASIC");
        c.put("x3.username", X3_USER);
        c.put("x3.password", X3_PASSWORD);
        c.put("x3.target", "API1");
        c.put("x3.shipments.topic", ledgerTopic);
        c.put("x3.tracking.topic", trackingTopic);
        // the default 4 caps the whole pipeline at ~40 statuses/s against the simulator (~100 ms per write)
        c.put("max.in.flight.orders", Integer.toString(X3_SINK_IN_FLIGHT));
        c.put("retry.backoff.ms", "100");
        c.put("errors.tolerance", "all");
        converters(c);
        return c;
    }

    public static Map<String, String> trackingSource(String upsUrl, int listenerPort, String trackingTopic,
                                                     String ledgerTopic, String bootstrapServers, String ackMode) {
        Map<String, String> c = new HashMap<>();
        c.put("connector.class", "dev.x3ups.ups.tracking.UpsTrackingSourceConnector");
        c.put("tasks.max", "1");
        c.put("ups.base.url", upsUrl);
        c.put("ups.client.id", UPS_CLIENT_ID);
        c.put("ups.client.secret", UPS_CLIENT_SECRET);
        c.put("listener.bind.address", "127.0.0.1");
        c.put("listener.port", Integer.toString(listenerPort));
        c.put("webhook.auth", "OAUTH2");
        c.put("webhook.client.id", WEBHOOK_CLIENT_ID);
        c.put("webhook.client.secret", WEBHOOK_CLIENT_SECRET);
        c.put("ack.mode", ackMode);
        c.put("topic", trackingTopic);
        c.put("ledger.topic", ledgerTopic);
        c.put("ledger.bootstrap.servers", bootstrapServers);
        c.put("quantumview.mode", "NEVER");
        converters(c);
        return c;
    }

    private static void site(Map<String, String> c, String code, String name, String line, String city,
                             String state, String postal, String phone) {
        String p = "site." + code + ".";
        c.put(p + "name", name);
        c.put(p + "address.lines", line);
        c.put(p + "city", city);
        c.put(p + "state", state);
        c.put(p + "postal.code", postal);
        c.put(p + "country", "US");
        c.put(p + "phone", phone);
        c.put(p + "account", UPS_ACCOUNT);
    }

    private static void converters(Map<String, String> c) {
        c.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        c.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        c.put("value.converter.schemas.enable", "true");
    }
}
