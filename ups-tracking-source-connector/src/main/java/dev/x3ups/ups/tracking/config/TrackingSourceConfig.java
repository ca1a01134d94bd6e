package dev.x3ups.ups.tracking.config;

import dev.x3ups.connect.LedgerClientConfig;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.connect.UpsConnectionConfig;
import dev.x3ups.ups.tracking.reconcile.QuantumViewMode;
import dev.x3ups.ups.tracking.webhook.AckMode;
import dev.x3ups.ups.tracking.webhook.ListenerTls;
import dev.x3ups.ups.tracking.webhook.WebhookPaths;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.types.Password;

/** The tracking source's settings. Every credential is a {@code PASSWORD} (masked by Connect, never logged). */
public final class TrackingSourceConfig extends AbstractConfig {
    /** The UPS connection keys, defined in {@link UpsConnectionConfig} and shared with the UPS sink. */
    public static final String UPS_BASE_URL = UpsConnectionConfig.BASE_URL_CONFIG;
    public static final String UPS_CLIENT_ID = UpsConnectionConfig.CLIENT_ID_CONFIG;
    public static final String UPS_CLIENT_SECRET = UpsConnectionConfig.CLIENT_SECRET_CONFIG;
    public static final String UPS_MERCHANT_ID = UpsConnectionConfig.MERCHANT_ID_CONFIG;
    public static final String UPS_TOKEN_BUDGET = UpsConnectionConfig.TOKEN_BUDGET_CONFIG;
    public static final String UPS_RATE_LIMIT = UpsConnectionConfig.RATE_LIMIT_CONFIG;
    public static final String UPS_TIMEOUT_MS = UpsConnectionConfig.TIMEOUT_MS_CONFIG;
    public static final String TOPIC = "topic";
    public static final String LEDGER_TOPIC = "ledger.topic";
    /** The ledger's client settings, defined in {@link LedgerClientConfig} and shared with the UPS sink. */
    public static final String LEDGER_BOOTSTRAP = LedgerClientConfig.BOOTSTRAP_CONFIG;
    public static final String LEDGER_CONSUMER_PREFIX = LedgerClientConfig.CONSUMER_PREFIX;
    public static final String LEDGER_WAIT_MS = "ledger.wait.ms";
    public static final String LISTENER_BIND = "listener.bind.address";
    public static final String LISTENER_PORT = "listener.port";
    public static final String LISTENER_PATH = "listener.path";
    public static final String LISTENER_TOKEN_PATH = "listener.token.path";
    public static final String LISTENER_HEALTH_PATH = "listener.health.path";
    public static final String LISTENER_MAX_BODY = "listener.max.body.bytes";
    public static final String KEYSTORE_PATH = "listener.ssl.keystore.location";
    public static final String KEYSTORE_PASSWORD = "listener.ssl.keystore.password";
    public static final String KEYSTORE_TYPE = "listener.ssl.keystore.type";
    public static final String WEBHOOK_AUTH = "webhook.auth";
    public static final String WEBHOOK_CLIENT_ID = "webhook.client.id";
    public static final String WEBHOOK_CLIENT_SECRET = "webhook.client.secret";
    public static final String WEBHOOK_TOKEN_LIFETIME = "webhook.token.lifetime.seconds";
    public static final String WEBHOOK_CREDENTIAL = "webhook.credential";
    public static final String QUEUE_CAPACITY = "queue.capacity";
    public static final String ACK_MODE = "ack.mode";
    public static final String ACK_TIMEOUT_MS = "ack.timeout.ms";
    public static final String POLL_BATCH = "poll.batch.size";
    public static final String DEDUPE_CAPACITY = "dedupe.capacity";
    public static final String QV_SUBSCRIPTION = "quantumview.subscription";
    public static final String QV_MODE = "quantumview.mode";
    public static final String QV_INTERVAL_MS = "quantumview.poll.interval.ms";
    public static final String RECONCILE_INTERVAL_MS = "reconcile.interval.ms";
    public static final String RECONCILE_STALE_MS = "reconcile.stale.after.ms";
    public static final String RECONCILE_UNAVAILABLE_MS = "reconcile.unavailable.poll.ms";
    public static final String RECONCILE_BATCH = "reconcile.batch.size";

    public static final String OAUTH2 = "OAUTH2";
    public static final String CREDENTIAL = "CREDENTIAL";

    public static final ConfigDef DEF = definition();

    public TrackingSourceConfig(Map<String, String> props) {
        super(DEF, props);
    }

    private static ConfigDef definition() {
        Groups g = new Groups(UpsConnectionConfig.addTo(new ConfigDef()));
        g.group("Topics")
                .add(TOPIC, Type.STRING, "ups.tracking", new ConfigDef.NonEmptyString(), Importance.HIGH,
                        "topic the tracking events go to (key = tracking number)")
                .add(LEDGER_TOPIC, Type.STRING, "ups.shipments", new ConfigDef.NonEmptyString(), Importance.HIGH,
                        "the UPS sink's compacted ledger: tracking numbers per order, subscription state")
                .ledgerBootstrap()
                .add(LEDGER_WAIT_MS, Type.LONG, 5_000L, Range.atLeast(0), Importance.MEDIUM,
                        "how long an event waits for its ledger entry before it goes out without an order key");
        g.group("Listener")
                .add(LISTENER_BIND, Type.STRING, "0.0.0.0", null, Importance.MEDIUM, "address the listener binds")
                .add(LISTENER_PORT, Type.INT, 8088, Range.between(0, 65535), Importance.HIGH,
                        "port the listener binds (the load balancer forwards to it)")
                .add(LISTENER_PATH, Type.STRING, "/ups/track-alert", null, Importance.MEDIUM,
                        "path UPS posts events to")
                .add(LISTENER_TOKEN_PATH, Type.STRING, "/ups/oauth/token", null, Importance.MEDIUM,
                        "path of the OAuth2 token endpoint UPS calls (OAUTH2 only)")
                .add(LISTENER_HEALTH_PATH, Type.STRING, "/health", null, Importance.LOW,
                        "GET answers 200 while this task takes events (for the load balancer)")
                .add(LISTENER_MAX_BODY, Type.INT, 65_536, Range.between(1024, 16 * 1024 * 1024), Importance.LOW,
                        "largest event body accepted (bigger gets 413); delivery photos are large")
                .add(KEYSTORE_PATH, Type.STRING, "", null, Importance.MEDIUM,
                        "keystore for HTTPS; empty = plain HTTP behind a TLS-terminating load balancer")
                .add(KEYSTORE_PASSWORD, Type.PASSWORD, "", null, Importance.MEDIUM, "keystore password")
                .add(KEYSTORE_TYPE, Type.STRING, "PKCS12", null, Importance.LOW, "keystore type");
        g.group("Webhook authentication")
                .add(WEBHOOK_AUTH, Type.STRING, OAUTH2, ValidString.in(OAUTH2, CREDENTIAL), Importance.HIGH,
                        "OAUTH2 (Track Alert v2: token endpoint + Bearer + x-api-key) or CREDENTIAL (v1 header)")
                .add(WEBHOOK_CLIENT_ID, Type.STRING, "", null, Importance.HIGH,
                        "client id registered in UPS's portal for our token endpoint (OAUTH2)")
                .add(WEBHOOK_CLIENT_SECRET, Type.PASSWORD, "", null, Importance.HIGH,
                        "client secret registered in UPS's portal for our token endpoint (OAUTH2)")
                .add(WEBHOOK_TOKEN_LIFETIME, Type.INT, 3600, Range.between(60, 86_400), Importance.LOW,
                        "lifetime in seconds of the tokens our endpoint issues")
                .add(WEBHOOK_CREDENTIAL, Type.PASSWORD, "", null, Importance.HIGH,
                        "the credential sent in v1 subscriptions, checked in the credential header (CREDENTIAL)");
        g.group("Flow")
                .add(QUEUE_CAPACITY, Type.INT, 20_000, Range.atLeast(1), Importance.MEDIUM,
                        "webhook events held between listener and poll(); full = 503")
                .add(ACK_MODE, Type.STRING, "committed", ValidString.in("committed", "received", "COMMITTED",
                        "RECEIVED"), Importance.HIGH, "committed: 200 after Kafka acknowledged; received: once queued")
                .add(ACK_TIMEOUT_MS, Type.LONG, 2_000L, Range.atLeast(1), Importance.MEDIUM,
                        "committed mode: 503 when Kafka did not acknowledge within this time")
                .add(POLL_BATCH, Type.INT, 1_000, Range.atLeast(1), Importance.LOW, "events per poll()")
                .add(DEDUPE_CAPACITY, Type.INT, 200_000, Range.atLeast(100), Importance.LOW,
                        "event keys and package statuses kept in memory for dedupe (least recent evicted)");
        g.group("Reconciliation")
                .add(QV_SUBSCRIPTION, Type.STRING, "", null, Importance.MEDIUM,
                        "Quantum View subscription name (max 21 characters); empty = no Quantum View")
                .add(QV_MODE, Type.STRING, "AUTO", ValidString.in("AUTO", "ALWAYS", "NEVER", "auto", "always",
                        "never"), Importance.MEDIUM,
                        "AUTO: poll while Track Alert is unavailable for a live shipment; ALWAYS; NEVER")
                .add(QV_INTERVAL_MS, Type.LONG, 60_000L, Range.atLeast(100), Importance.LOW,
                        "Quantum View poll interval")
                .add(RECONCILE_INTERVAL_MS, Type.LONG, 60_000L, Range.atLeast(100), Importance.MEDIUM,
                        "time between reconciliation passes")
                .add(RECONCILE_STALE_MS, Type.LONG, Duration.ofHours(6).toMillis(), Range.atLeast(0),
                        Importance.MEDIUM, "a live shipment with no event for this long is asked about via Track")
                .add(RECONCILE_UNAVAILABLE_MS, Type.LONG, Duration.ofMinutes(30).toMillis(), Range.atLeast(0),
                        Importance.LOW, "without Quantum View: Track polling period of shipments Track Alert "
                                + "is unavailable for")
                .add(RECONCILE_BATCH, Type.INT, 50, Range.atLeast(1), Importance.LOW,
                        "Track calls per reconciliation pass at most");
        return g.def;
    }

    /** Defines keys group by group, numbering them in order (Connect shows the groups in its UI). */
    private static final class Groups {
        private final ConfigDef def;
        private String group;
        private int order;

        Groups(ConfigDef def) {
            this.def = def;
        }

        Groups group(String name) {
            group = name;
            order = 0;
            return this;
        }

        Groups add(String name, Type type, Object defaultValue, ConfigDef.Validator validator,
                   Importance importance, String doc) {
            def.define(name, type, defaultValue, validator, importance, doc, group, ++order, ConfigDef.Width.MEDIUM,
                    name);
            return this;
        }

        Groups ledgerBootstrap() {
            LedgerClientConfig.define(def, group, ++order);
            return this;
        }
    }

    public UpsClientConfig upsClient() {
        return UpsConnectionConfig.toClientConfig(this).build();
    }

    /** How long to wait for one UPS call's answer, its retries included. */
    public Duration upsCallWait() {
        return UpsConnectionConfig.longestCall(this);
    }

    public String ledgerBootstrapServers() {
        return LedgerClientConfig.bootstrapServers(this);
    }

    /** The {@code ledger.consumer.*} settings of the ledger reader, without the prefix. */
    public Map<String, Object> ledgerConsumerOverrides() {
        return originalsWithPrefix(LEDGER_CONSUMER_PREFIX);
    }

    public ListenerTls tls() {
        String path = getString(KEYSTORE_PATH);
        if (path == null || path.isBlank()) {
            return null;
        }
        return new ListenerTls(path, secret(KEYSTORE_PASSWORD), getString(KEYSTORE_TYPE));
    }

    public WebhookPaths paths() {
        return new WebhookPaths(getString(LISTENER_PATH), getString(LISTENER_TOKEN_PATH),
                getString(LISTENER_HEALTH_PATH));
    }

    public boolean oauth2() {
        return OAUTH2.equals(getString(WEBHOOK_AUTH));
    }

    public AckMode ackMode() {
        return AckMode.parse(getString(ACK_MODE));
    }

    public QuantumViewMode quantumViewMode() {
        return QuantumViewMode.parse(getString(QV_MODE));
    }

    public Duration millis(String name) {
        return Duration.ofMillis(getLong(name));
    }

    /** A PASSWORD config's value, empty when unset. */
    public String secret(String name) {
        Password password = getPassword(name);
        return password == null ? "" : password.value();
    }
}
