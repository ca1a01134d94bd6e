package dev.x3ups.ups.tracking.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.tracking.reconcile.QuantumViewMode;
import dev.x3ups.ups.tracking.webhook.AckMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class TrackingSourceConfigTest {

    static Map<String, String> minimal() {
        Map<String, String> props = new HashMap<>();
        props.put("ups.base.url", "http://127.0.0.1:1");
        props.put("ups.client.id", "sim-client-id");
        props.put("ups.client.secret", "sim-client-secret");
        props.put("ledger.bootstrap.servers", "127.0.0.1:9092");
        props.put("webhook.client.id", "ups-caller");
        props.put("webhook.client.secret", "hook-secret");
        return props;
    }

    @Test
    void defaultsSuitAProductionListener() {
        TrackingSourceConfig config = new TrackingSourceConfig(minimal());
        assertThat(config.getString("topic")).isEqualTo("ups.tracking");
        assertThat(config.getString("ledger.topic")).isEqualTo("ups.shipments");
        assertThat(config.oauth2()).isTrue();
        assertThat(config.ackMode()).isEqualTo(AckMode.COMMITTED);
        assertThat(config.quantumViewMode()).isEqualTo(QuantumViewMode.AUTO);
        assertThat(config.tls()).isNull();
        assertThat(config.paths().events()).isEqualTo("/ups/track-alert");
        assertThat(config.paths().health()).isEqualTo("/health");
    }

    @Test
    void buildsTheUpsClientAndKeepsSecretsHidden() {
        Map<String, String> props = minimal();
        props.put("listener.ssl.keystore.location", "/etc/keys/listener.p12");
        props.put("listener.ssl.keystore.password", "ks-pass");
        TrackingSourceConfig config = new TrackingSourceConfig(props);
        UpsClientConfig client = config.upsClient();
        assertThat(client.clientId()).isEqualTo("sim-client-id");
        assertThat(client.clientSecret().reveal()).isEqualTo("sim-client-secret");
        assertThat(client.toString()).doesNotContain("sim-client-secret");
        assertThat(config.tls().keystorePassword()).isEqualTo("ks-pass");
        assertThat(config.tls().toString()).doesNotContain("ks-pass");
        assertThat(config.toString()).doesNotContain("sim-client-secret").doesNotContain("hook-secret");
        for (String secret : new String[] {"ups.client.secret", "webhook.client.secret", "webhook.credential",
                "listener.ssl.keystore.password"}) {
            assertThat(TrackingSourceConfig.DEF.configKeys().get(secret).type).isEqualTo(ConfigDef.Type.PASSWORD);
        }
    }

    @Test
    void upsTimeoutBoundsOneAttemptAndTheRetryDeadlineTheRetries() {
        Map<String, String> props = minimal();
        props.put("ups.timeout.ms", "2000");
        props.put("ups.retry.deadline.ms", "9000");
        TrackingSourceConfig config = new TrackingSourceConfig(props);

        UpsClientConfig client = config.upsClient();

        assertThat(client.readTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(client.retryDeadline()).isEqualTo(Duration.ofSeconds(9));
        assertThat(config.upsCallWait()).isGreaterThan(client.retryDeadline().plus(client.callTimeout()).minusMillis(1));
    }

    @Test
    void theLedgerReaderGetsTheLedgerConsumerSettings() {
        Map<String, String> props = minimal();
        props.put("ledger.consumer.security.protocol", "SASL_SSL");
        props.put("ledger.consumer.sasl.mechanism", "PLAIN");
        props.put("ledger.producer.acks", "1");
        TrackingSourceConfig config = new TrackingSourceConfig(props);

        assertThat(config.ledgerConsumerOverrides())
                .containsOnly(Map.entry("security.protocol", "SASL_SSL"), Map.entry("sasl.mechanism", "PLAIN"));
        assertThat(config.ledgerBootstrapServers()).isEqualTo("127.0.0.1:9092");
    }

    @Test
    void rejectsBadValues() {
        Map<String, String> props = minimal();
        props.put("ack.mode", "eventually");
        assertThatThrownBy(() -> new TrackingSourceConfig(props)).isInstanceOf(ConfigException.class);
        Map<String, String> noLedger = minimal();
        noLedger.remove("ledger.bootstrap.servers");
        assertThatThrownBy(() -> new TrackingSourceConfig(noLedger)).isInstanceOf(ConfigException.class);
    }
}
