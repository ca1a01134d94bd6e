package dev.x3ups.it.tracking;

import static org.awaitility.Awaitility.await;

import dev.x3ups.embedded.connectors.PipelineConfigs;
import dev.x3ups.embedded.connectors.TrackAlertListener;
import dev.x3ups.embedded.connectors.UpsConnection;
import dev.x3ups.embedded.kafka.FreePort;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentRecords;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingEventRecords;
import dev.x3ups.ups.simulator.UpsSimulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * One tracking-source scenario: a UPS simulator with a frozen clock (the test moves it), a ledger topic the test
 * fills as the UPS sink would, the tracking topic, and a listener port picked free beforehand (Connect configs
 * are fixed strings, so port 0 cannot be used).
 */
final class TrackingRun implements AutoCloseable {
    static final String HOOK_CLIENT_ID = "ups-webhook-caller";
    static final String HOOK_SECRET = "hook-secret-never-logged";
    static final String V1_CREDENTIAL = "v1-credential-never-logged";

    final UpsSimulator ups;
    final SimulatedUps api;
    final ConnectCluster cluster;
    final String ledger;
    final String tracking;
    final String connector;
    final int port;
    private final String prefix;
    private final JsonConverter converter = new JsonConverter();

    private TrackingRun(UpsSimulator ups, ConnectCluster cluster, TestNames names) {
        this.ups = ups;
        this.api = new SimulatedUps(ups);
        this.cluster = cluster;
        this.ledger = names.topic("ups.shipments");
        this.tracking = names.topic("ups.tracking");
        this.connector = names.connector("ups-tracking");
        this.port = FreePort.find();
        this.prefix = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        converter.configure(Map.of("schemas.enable", "true", "converter.type", "value"), false);
    }

    static TrackingRun start(ConnectCluster cluster, TestNames names, UpsSimulator.Builder simulator) {
        UpsSimulator ups = simulator.port(0).accountNumber(SimulatedUps.ACCOUNT).clockSpeed(0).exceptionShare(0)
                .start();
        TrackingRun run = new TrackingRun(ups, cluster, names);
        cluster.topics().createCompacted(run.ledger, 2);
        cluster.topics().create(run.tracking, 3);
        return run;
    }

    String eventsUrl() {
        return "http://127.0.0.1:" + port + "/ups/track-alert";
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Map<String, String> config(boolean oauth2) {
        UpsConnection api = new UpsConnection(ups.baseUrl(), SimulatedUps.CLIENT_ID, SimulatedUps.CLIENT_SECRET);
        return PipelineConfigs.trackingSource(api, new TrackAlertListener(port, HOOK_CLIENT_ID, HOOK_SECRET), tracking,
                        ledger, cluster.bootstrapServers())
                .with("ledger.wait.ms", "1000").with("ups.rate.limit.per.second", "50")
                .with("webhook.auth", oauth2 ? "OAUTH2" : "CREDENTIAL").with("webhook.credential", V1_CREDENTIAL)
                .with("reconcile.interval.ms", "1000")
                .with("reconcile.stale.after.ms", Duration.ofDays(1).toMillis() + "")
                .with("quantumview.mode", "NEVER").build();
    }

    void create(Map<String, String> config) {
        cluster.rest().createConnector(connector, config).orThrow();
        ConnectorAwait.untilRunning(cluster.rest(), connector, 1);
    }

    /** Orders shipped with UPS: order key → tracking number. */
    Map<String, String> ship(int count) {
        Map<String, String> shipped = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            String orderKey = "SEED:SALES:" + prefix + i;
            shipped.put(orderKey, api.ship(orderKey));
        }
        return shipped;
    }

    /** What the UPS sink would have written for these shipments. */
    void writeLedger(Map<String, String> shipped, SubscriptionState subscription) {
        shipped.forEach((orderKey, trackingNumber) -> {
            ShipmentLedgerEntry entry = ShipmentLedgerEntry.builder().orderKey(orderKey).state(ShipmentState.CREATED)
                    .orderRevision(Instant.now()).orderDigest("d").reference(orderKey).shipmentId(trackingNumber)
                    .trackingNumbers(trackingNumber).serviceCode("03").subscriptionState(subscription)
                    .updatedAt(Instant.now()).build();
            cluster.writer().produce(ledger, orderKey.getBytes(StandardCharsets.UTF_8),
                    converter.fromConnectData(ledger, ShipmentRecords.VALUE_SCHEMA, ShipmentRecords.toStruct(entry)));
        });
    }

    void registerV2Webhook() {
        ups.trackAlert().registerWebhook(SimulatedUps.CLIENT_ID, dev.x3ups.ups.simulator.alert.WebhookDestination
                .oauth(eventsUrl(), baseUrl() + "/ups/oauth/token", HOOK_CLIENT_ID, HOOK_SECRET));
    }

    /** Every event on the tracking topic, in topic order. */
    List<TrackingEvent> events() {
        List<TrackingEvent> events = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : cluster.reader().readAll(tracking)) {
            events.add(TrackingEventRecords.fromStruct((Struct) converter.toConnectData(tracking, record.value())
                    .value()));
        }
        return events;
    }

    /** Events per tracking number, each list in topic order (one key lives in one partition). */
    Map<String, List<TrackingEvent>> eventsByPackage() {
        Map<String, List<TrackingEvent>> by = new LinkedHashMap<>();
        events().forEach(e -> by.computeIfAbsent(e.trackingNumber(), k -> new ArrayList<>()).add(e));
        return by;
    }

    Map<String, List<TrackingEvent>> awaitDelivered(Map<String, String> shipped, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
            Map<String, List<TrackingEvent>> by = eventsByPackage();
            return shipped.values().stream().allMatch(tn -> by.getOrDefault(tn, List.of()).stream()
                    .anyMatch(e -> "D".equals(e.statusType())));
        });
        return eventsByPackage();
    }

    @Override
    public void close() {
        try {
            cluster.rest().deleteConnector(connector);
            ConnectorAwait.untilDeleted(cluster.rest(), connector);
        } finally {
            ups.close();
        }
    }
}
