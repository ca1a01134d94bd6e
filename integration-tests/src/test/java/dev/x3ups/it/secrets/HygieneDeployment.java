package dev.x3ups.it.secrets;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentRecords;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.alert.WebhookDestination;
import dev.x3ups.x3.simulator.X3Simulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * All four connectors wired into one pipeline against the simulators, every secret known and distinctive:
 * X3 source (Basic) → orders → UPS sink → ledger → Track Alert webhook → tracking source → tracking → X3 sink
 * (OAuth2 client credentials). Each connection runs through a {@link WireTap}, so every token issued on the way
 * lands in the {@link SecretCatalog}. Configs here hold plaintext; the test swaps in the encrypted references.
 */
final class HygieneDeployment implements AutoCloseable {

    static final String X3_SOURCE = "dev.x3ups.x3.source.X3SourceConnector";
    static final String UPS_SINK = "dev.x3ups.ups.sink.UpsSinkConnector";
    static final String TRACKING_SOURCE = "dev.x3ups.ups.tracking.UpsTrackingSourceConnector";
    static final String X3_SINK = "dev.x3ups.x3.sink.X3SinkConnector";

    static final String X3_USER = "wshygiene";
    static final String X3_APP_ID = "hyg-connected-app";
    static final String X3_OAUTH_CLIENT = "hyg-cloud-app";
    static final String UPS_CLIENT_ID = "hyg-ups-client";
    static final String UPS_ACCOUNT = "A1B2C3";
    static final String WEBHOOK_CLIENT_ID = "hyg-hook-client";

    final X3Simulator x3;
    final UpsSimulator ups;
    final WireTap x3Tap;
    final WireTap upsTap;
    final WireTap webhookTap;
    final String orders;
    final String ledger;
    final String tracking;
    final String upsDlq;
    final String x3Dlq;
    final Map<String, String> connectors = new LinkedHashMap<>(); // class -> name
    /** A second X3 source, X3 Cloud style (GraphQL, rotating refresh token), into a topic nobody ships from. */
    final String cloudSource;
    final String cloudOrders;
    private final ConnectCluster cluster;
    private final int listenerPort;
    private final JsonConverter converter = new JsonConverter();

    private HygieneDeployment(ConnectCluster cluster, TestNames names, SecretCatalog catalog) {
        this.cluster = cluster;
        this.x3 = X3Simulator.builder().port(0).salesOrders(12).purchaseOrders(0)
                .user(X3_USER, HygieneSecrets.X3_PASSWORD)
                .connectedApp(X3_APP_ID, HygieneSecrets.X3_APP_SECRET, X3_USER, Duration.ofSeconds(600))
                .oauthClient(X3_OAUTH_CLIENT, HygieneSecrets.X3_OAUTH_SECRET)
                .start();
        this.ups = UpsSimulator.builder().port(0).client(UPS_CLIENT_ID, HygieneSecrets.UPS_CLIENT_SECRET)
                .accountNumber(UPS_ACCOUNT).clockSpeed(0).exceptionShare(0).seed(13)
                // in the past, so the 10 days the test advances it leave UPS's event times behind the wall clock,
                // as real ones are
                .clockStart(Instant.now().minus(Duration.ofDays(20))).start();
        this.listenerPort = freePort();
        this.x3Tap = WireTap.start("x3", x3.baseUrl(), catalog);
        this.upsTap = WireTap.start("ups", ups.baseUrl(), catalog);
        this.webhookTap = WireTap.start("webhook", "http://127.0.0.1:" + listenerPort, catalog);
        this.orders = names.topic("x3.orders");
        this.ledger = names.topic("ups.shipments");
        this.tracking = names.topic("ups.tracking");
        this.upsDlq = names.topic("ups-sink-dlq");
        this.x3Dlq = names.topic("x3-sink-dlq");
        connectors.put(X3_SOURCE, names.connector("x3-source"));
        connectors.put(UPS_SINK, names.connector("ups-sink"));
        connectors.put(TRACKING_SOURCE, names.connector("ups-tracking"));
        connectors.put(X3_SINK, names.connector("x3-sink"));
        this.cloudSource = names.connector("x3-cloud-source");
        this.cloudOrders = names.topic("x3.orders.cloud");
        converter.configure(Map.of("schemas.enable", "true"), false);
    }

    static HygieneDeployment start(ConnectCluster cluster, TestNames names, SecretCatalog catalog) {
        HygieneDeployment deployment = new HygieneDeployment(cluster, names, catalog);
        cluster.topics().create(deployment.orders, 1);
        cluster.topics().createCompacted(deployment.ledger, 1);
        cluster.topics().create(deployment.tracking, 1);
        cluster.topics().create(deployment.upsDlq, 1);
        cluster.topics().create(deployment.x3Dlq, 1);
        cluster.topics().create(deployment.cloudOrders, 1);
        // UPS (the simulator) calls our webhook listener through the tap, fetching tokens from its endpoint
        deployment.ups.trackAlert().registerWebhook(UPS_CLIENT_ID, WebhookDestination.oauth(
                deployment.webhookTap.url() + "/ups/track-alert", deployment.webhookTap.url() + "/ups/oauth/token",
                WEBHOOK_CLIENT_ID, HygieneSecrets.WEBHOOK_CLIENT_SECRET));
        return deployment;
    }

    String name(String connectorClass) {
        return connectors.get(connectorClass);
    }

    /** REST api1 with Basic auth; JSON with schemas, as the UPS sink reads it. */
    Map<String, String> x3SourceConfig() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", X3_SOURCE);
        c.put("tasks.max", "1");
        c.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        c.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        c.put("value.converter.schemas.enable", "true");
        c.put("x3.url", x3Tap.url());
        c.put("x3.endpoint", "SEED");
        c.put("x3.transport", "REST");
        c.put("x3.auth.mode", "BASIC");
        c.put("x3.username", X3_USER);
        c.put("x3.password", HygieneSecrets.X3_PASSWORD);
        c.put("x3.entities", "SALES");
        c.put("x3.filter.carriers", "UPS");
        c.put("topic", orders);
        c.put("poll.interval.ms", "500");
        c.put("retry.backoff.ms", "100");
        c.put("retry.backoff.max.ms", "1000");
        return c;
    }

    /** The same source with a connected-application JWT (validated only: it covers the app secret). */
    Map<String, String> x3SourceJwtConfig() {
        Map<String, String> c = x3SourceConfig();
        c.remove("x3.password");
        c.put("x3.auth.mode", "JWT");
        c.put("x3.client.id", X3_APP_ID);
        c.put("x3.client.secret", HygieneSecrets.X3_APP_SECRET);
        return c;
    }

    /**
     * X3 Cloud pairing as a user does it once: an authorization code exchanged (through the tap) for the first
     * refresh token, which the cloud source is then given.
     */
    String pairWithX3Cloud() {
        String code = x3.auth().issueAuthorizationCode(X3_OAUTH_CLIENT, null);
        String form = "grant_type=authorization_code&code=" + encode(code) + "&client_id=" + encode(X3_OAUTH_CLIENT)
                + "&client_secret=" + encode(HygieneSecrets.X3_OAUTH_SECRET) + "&redirect_uri=" + encode("http://localhost/");
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(x3Tap.url() + "/v1/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("X3 pairing answered HTTP " + response.statusCode());
            }
            return new ObjectMapper().readTree(response.body()).path("refresh_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Calls our webhook listener (through its tap) the way an attacker or a misconfigured UPS would: a token
     * request with a wrong client secret, an event with a bogus bearer, an event with a wrong v1 credential.
     * Returns the HTTP statuses; the values sent are all catalogued, so the scan proves the refusals
     * did not log what was presented.
     */
    List<Integer> knockOnTheWebhookWithWrongCredentials(String wrongClientSecret, String bogusBearer,
            String wrongCredential) {
        String basic = java.util.Base64.getEncoder().encodeToString(
                (WEBHOOK_CLIENT_ID + ":" + wrongClientSecret).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient();
        List<HttpRequest> requests = List.of(
                HttpRequest.newBuilder(URI.create(webhookTap.url() + "/ups/oauth/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpRequest.newBuilder(URI.create(webhookTap.url() + "/ups/track-alert"))
                        .header("Authorization", "Bearer " + bogusBearer).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpRequest.newBuilder(URI.create(webhookTap.url() + "/ups/track-alert"))
                        .header("credential", wrongCredential).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        List<Integer> statuses = new ArrayList<>();
        for (HttpRequest request : requests) {
            try {
                statuses.add(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return statuses;
    }

    /** GraphQL with the rotating refresh token, persisted in {@code tokenFile} as the connector requires. */
    Map<String, String> x3CloudSourceConfig(String refreshToken, String tokenFile) {
        Map<String, String> c = x3SourceConfig();
        c.remove("x3.password");
        c.put("x3.transport", "GRAPHQL");
        c.put("x3.auth.mode", "REFRESH_TOKEN");
        c.put("x3.client.id", X3_OAUTH_CLIENT);
        c.put("x3.client.secret", HygieneSecrets.X3_OAUTH_SECRET);
        c.put("x3.token.url", x3Tap.url() + "/v1/token");
        c.put("x3.refresh.token", refreshToken);
        c.put("x3.refresh.token.file", tokenFile);
        c.put("topic", cloudOrders);
        return c;
    }

    Map<String, String> upsSinkConfig() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", UPS_SINK);
        c.put("tasks.max", "1");
        c.put("topics", orders);
        c.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        c.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        c.put("value.converter.schemas.enable", "true");
        c.put("errors.tolerance", "all");
        c.put("errors.deadletterqueue.topic.name", upsDlq);
        c.put("errors.deadletterqueue.topic.replication.factor", "1");
        c.put("errors.deadletterqueue.context.headers.enable", "true");
        c.put("errors.log.enable", "true");
        c.put("errors.log.include.messages", "true");
        c.put("ups.base.url", upsTap.url());
        c.put("ups.client.id", UPS_CLIENT_ID);
        c.put("ups.client.secret", HygieneSecrets.UPS_CLIENT_SECRET);
        c.put("ups.retry.backoff.ms", "50");
        c.put("ups.retry.backoff.max.ms", "1000");
        c.put("ledger.topic", ledger);
        c.put("ledger.bootstrap.servers", cluster.bootstrapServers());
        c.put("reconcile.check.interval.ms", "300");
        c.put("subscription.flush.interval.ms", "500");
        c.put("sites", "ATL,RNO,MIS");
        site(c, "ATL", "Atlanta Distribution Center", "1200 Fulton Industrial Blvd SW", "Atlanta", "GA", "30336", "US");
        site(c, "RNO", "Reno Fulfillment Center", "555 Vassar St", "Reno", "NV", "89502", "US");
        site(c, "MIS", "Mississauga Warehouse", "6800 Maritz Dr", "Mississauga", "ON", "L5W 1W2", "CA");
        c.put("service.default", "03");
        return c;
    }

    /** Track Alert v2 (OAuth2) on our listener; the v1 credential is configured too, so it is covered. */
    Map<String, String> trackingSourceConfig() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", TRACKING_SOURCE);
        c.put("tasks.max", "1");
        c.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        c.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        c.put("value.converter.schemas.enable", "true");
        c.put("topic", tracking);
        c.put("ledger.topic", ledger);
        c.put("ledger.bootstrap.servers", cluster.bootstrapServers());
        c.put("ledger.wait.ms", "2000");
        c.put("ups.base.url", upsTap.url());
        c.put("ups.client.id", UPS_CLIENT_ID);
        c.put("ups.client.secret", HygieneSecrets.UPS_CLIENT_SECRET);
        c.put("listener.bind.address", "127.0.0.1");
        c.put("listener.port", Integer.toString(listenerPort));
        c.put("webhook.auth", "OAUTH2");
        c.put("webhook.client.id", WEBHOOK_CLIENT_ID);
        c.put("webhook.client.secret", HygieneSecrets.WEBHOOK_CLIENT_SECRET);
        c.put("webhook.credential", HygieneSecrets.WEBHOOK_CREDENTIAL);
        c.put("quantumview.mode", "NEVER");
        c.put("reconcile.interval.ms", "1000");
        c.put("reconcile.stale.after.ms", Long.toString(Duration.ofDays(1).toMillis()));
        return c;
    }

    /** Validated only: a keystore password without a keystore must still come back hidden. */
    Map<String, String> trackingSourceKeystoreConfig() {
        Map<String, String> c = trackingSourceConfig();
        c.put("listener.ssl.keystore.password", HygieneSecrets.KEYSTORE_PASSWORD);
        return c;
    }

    /** api1 write-back with OAuth2 client credentials, so X3 issues access tokens. */
    Map<String, String> x3SinkConfig() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", X3_SINK);
        c.put("tasks.max", "1");
        c.put("topics", ledger + "," + tracking);
        c.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        c.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        c.put("value.converter.schemas.enable", "true");
        c.put("errors.tolerance", "all");
        c.put("errors.deadletterqueue.topic.name", x3Dlq);
        c.put("errors.deadletterqueue.topic.replication.factor", "1");
        c.put("errors.deadletterqueue.context.headers.enable", "true");
        c.put("errors.log.enable", "true");
        c.put("errors.log.include.messages", "true");
        c.put("x3.url", x3Tap.url());
        c.put("x3.endpoint", "SEED");
        c.put("x3.auth.mode", "CLIENT_CREDENTIALS");
        c.put("x3.client.id", X3_OAUTH_CLIENT);
        c.put("x3.client.secret", HygieneSecrets.X3_OAUTH_SECRET);
        c.put("x3.token.url", x3Tap.url() + "/v1/token");
        c.put("x3.target", "API1");
        c.put("x3.shipments.topic", ledger);
        c.put("x3.tracking.topic", tracking);
        c.put("retry.backoff.ms", "50");
        c.put("retry.backoff.max.ms", "500");
        return c;
    }

    /** Latest ledger entry per order key. */
    Map<String, ShipmentLedgerEntry> ledgerEntries() {
        Map<String, ShipmentLedgerEntry> latest = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : cluster.reader().readAll(ledger)) {
            if (record.value() != null) {
                ShipmentLedgerEntry entry = ShipmentRecords.fromStruct(
                        (Struct) converter.toConnectData(ledger, record.value()).value());
                latest.put(entry.orderKey(), entry);
            }
        }
        return latest;
    }

    /** Every topic the run wrote to, data and DLQs (Connect's own topics are added by the test). */
    List<String> dataTopics() {
        return new ArrayList<>(List.of(orders, ledger, tracking, upsDlq, x3Dlq, cloudOrders));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void site(Map<String, String> c, String code, String name, String street, String city,
            String state, String postal, String country) {
        c.put("site." + code + ".name", name);
        c.put("site." + code + ".address.lines", street);
        c.put("site." + code + ".city", city);
        c.put("site." + code + ".state", state);
        c.put("site." + code + ".postal.code", postal);
        c.put("site." + code + ".country", country);
        c.put("site." + code + ".phone", "+1 555-555-0100");
        c.put("site." + code + ".account", UPS_ACCOUNT);
    }

    /** Connect configs are fixed strings, so the listener's port is picked free beforehand (as TrackingRun does). */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            for (String connector : connectors.values()) {
                cluster.rest().deleteConnector(connector);
            }
            cluster.rest().deleteConnector(cloudSource);
        } finally {
            webhookTap.close();
            upsTap.close();
            x3Tap.close();
            ups.close();
            x3.close();
        }
    }
}
