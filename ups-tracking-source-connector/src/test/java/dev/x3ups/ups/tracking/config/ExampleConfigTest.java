package dev.x3ups.ups.tracking.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.testing.ExampleConnectorConfig;
import dev.x3ups.ups.tracking.reconcile.QuantumViewMode;
import dev.x3ups.ups.tracking.webhook.AckMode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quickstart's {@code config/ups-tracking-source-connector.json} is a valid configuration. */
class ExampleConfigTest {
    private final ExampleConnectorConfig example = ExampleConnectorConfig.load("ups-tracking-source-connector.json");

    @Test
    void quickstartConfigurationIsValid() {
        Map<String, String> props = example.props();

        assertThat(props.get("connector.class")).isEqualTo("dev.x3ups.ups.tracking.UpsTrackingSourceConnector");
        assertThat(TrackingSourceConfig.DEF.validate(props))
                .allSatisfy(v -> assertThat(v.errorMessages()).as(v.name()).isEmpty());
        TrackingSourceConfig config = new TrackingSourceConfig(props);
        assertThat(config.oauth2()).isTrue();
        assertThat(config.ackMode()).isEqualTo(AckMode.COMMITTED);
        assertThat(config.quantumViewMode()).isEqualTo(QuantumViewMode.AUTO);
        assertThat(config.getString(TrackingSourceConfig.LEDGER_TOPIC)).isEqualTo("ups.shipments");
    }

    /**
     * Every credential of the example is a reference for the worker's encrypted config provider (the
     * quickstart's demo key, config/quickstart.keys), never plaintext; the quickstart module's
     * EncryptedSecretsTest opens them with that key.
     */
    @Test
    void everyCredentialIsAnEncryptedReference() {
        assertThat(example.credentials(TrackingSourceConfig.DEF)).contains("ups.client.secret", "webhook.client.secret");
        assertThat(example.plaintextCredentials(TrackingSourceConfig.DEF)).isEmpty();
    }
}
