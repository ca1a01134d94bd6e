package dev.x3ups.it.secrets;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.x3ups.embedded.connectors.ConnectorConfigBuilder;
import dev.x3ups.embedded.connectors.PipelineConfigs;
import dev.x3ups.embedded.connectors.ShipFromSite;
import dev.x3ups.embedded.connectors.TrackAlertListener;
import dev.x3ups.embedded.connectors.UpsConnection;
import dev.x3ups.embedded.connectors.X3Connection;
import dev.x3ups.embedded.connectors.X3Login;
import dev.x3ups.embedded.kafka.FreePort;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentRecords;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.alert.WebhookDestination;
import dev.x3ups.x3.simulator.X3Simulator;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    static final String X3_SOURCE = PipelineConfigs.X3_SOURCE;
    static final String UPS_SINK = PipelineConfigs.UPS_SINK;
    static final String TRACKING_SOURCE = PipelineConfigs.TRACKING_SOURCE;
    static final String X3_SINK = PipelineConfigs.X3_SINK;
    /** Both sinks log each failed record with its message, so the scan covers what they log about it. */
    private static final Map<String, String> ERROR_LOG = Map.of("errors.log.enable", "true",
            "errors.log.include.messages", "true");

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
        this.listenerPort = FreePort.find();
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
        return x3Source(X3Login.basic(X3_USER, HygieneSecrets.X3_PASSWORD), orders).build();
    }

    /** The same source with a connected-application JWT (validated only: it covers the app secret). */
    Map<String, String> x3SourceJwtConfig() {
        return x3Source(X3Login.jwt(X3_USER, X3_APP_ID, HygieneSecrets.X3_APP_SECRET), orders).build();
    }

    private ConnectorConfigBuilder x3Source(X3Login login, String topic) {
        return PipelineConfigs.x3Source(new X3Connection(x3Tap.url(), "SEED", login), topic)
                .with("x3.transport", "REST").with("x3.entities", "SALES").with("x3.filter.carriers", "UPS")
                .with("poll.interval.ms", "500").with("retry.backoff.ms", "100").with("retry.backoff.max.ms", "1000");
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
        return x3Source(X3Login.refreshToken(X3_USER, x3Tap.url() + "/v1/token", X3_OAUTH_CLIENT,
                HygieneSecrets.X3_OAUTH_SECRET, refreshToken, tokenFile), cloudOrders)
                .with("x3.transport", "GRAPHQL").build();
    }

    Map<String, String> upsSinkConfig() {
        // one phone for every site: the hygiene run ships, it does not check shipper addresses
        String phone = "+1 555-555-0100";
        return PipelineConfigs.upsSink(upsConnection(), orders, ledger, cluster.bootstrapServers())
                .deadLetterQueue(upsDlq).with(ERROR_LOG)
                .with("ups.retry.backoff.ms", "50").with("ups.retry.backoff.max.ms", "1000")
                .with("reconcile.check.interval.ms", "300")
                .with("reconcile.reship.backoff.ms", "300").with("reconcile.reship.backoff.max.ms", "3000")
                .with("subscription.flush.interval.ms", "500")
                .with(ShipFromSite.settings(UPS_ACCOUNT, ShipFromSite.ATLANTA.withPhone(phone),
                        ShipFromSite.RENO.withPhone(phone), ShipFromSite.MISSISSAUGA.withPhone(phone)))
                .with("service.default", "03").build();
    }

    /** Track Alert v2 (OAuth2) on our listener; the v1 credential is configured too, so it is covered. */
    Map<String, String> trackingSourceConfig() {
        TrackAlertListener listener = new TrackAlertListener(listenerPort, WEBHOOK_CLIENT_ID,
                HygieneSecrets.WEBHOOK_CLIENT_SECRET);
        return PipelineConfigs.trackingSource(upsConnection(), listener, tracking, ledger, cluster.bootstrapServers())
                .with("ledger.wait.ms", "2000").with("webhook.credential", HygieneSecrets.WEBHOOK_CREDENTIAL)
                .with("quantumview.mode", "NEVER").with("reconcile.interval.ms", "1000")
                .with("reconcile.stale.after.ms", Long.toString(Duration.ofDays(1).toMillis())).build();
    }

    /** Validated only: a keystore password without a keystore must still come back hidden. */
    Map<String, String> trackingSourceKeystoreConfig() {
        Map<String, String> c = trackingSourceConfig();
        c.put("listener.ssl.keystore.password", HygieneSecrets.KEYSTORE_PASSWORD);
        return c;
    }

    /** api1 write-back with OAuth2 client credentials, so X3 issues access tokens. */
    Map<String, String> x3SinkConfig() {
        X3Login login = X3Login.clientCredentials(x3Tap.url() + "/v1/token", X3_OAUTH_CLIENT,
                HygieneSecrets.X3_OAUTH_SECRET);
        return PipelineConfigs.x3Sink(new X3Connection(x3Tap.url(), "SEED", login), ledger, tracking)
                .deadLetterQueue(x3Dlq).with(ERROR_LOG)
                .with("retry.backoff.ms", "50").with("retry.backoff.max.ms", "500").build();
    }

    private UpsConnection upsConnection() {
        return new UpsConnection(upsTap.url(), UPS_CLIENT_ID, HygieneSecrets.UPS_CLIENT_SECRET);
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
