package dev.x3ups.x3.source.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.OrderKind;
import dev.x3ups.testing.ExampleConnectorConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quickstart's connector JSON is a valid configuration of this connector, pointed at the simulator. */
class ExampleConfigTest {
    private final ExampleConnectorConfig example = ExampleConnectorConfig.load("sage-x3-source-connector.json");

    @Test
    void quickstartConfigurationIsValid() {
        Map<String, String> props = example.props();

        assertThat(props.get("connector.class")).isEqualTo("dev.x3ups.x3.source.X3SourceConnector");
        X3SourceConfig.CHECKS.enforce(props);
        X3SourceConfig config = new X3SourceConfig(props);
        assertThat(config.endpoint()).isEqualTo("SEED");
        assertThat(config.entities()).containsExactly(OrderKind.SALES, OrderKind.PURCHASE);
        assertThat(config.topic()).isEqualTo("x3.orders");
    }

    /**
     * Every credential of the example is a reference for the worker's encrypted config provider (the
     * quickstart's demo key, config/quickstart.keys), never plaintext; the quickstart module's
     * EncryptedSecretsTest opens them with that key.
     */
    @Test
    void everyCredentialIsAnEncryptedReference() {
        assertThat(example.credentials(X3SourceConfig.CONFIG_DEF)).contains("x3.password");
        assertThat(example.plaintextCredentials(X3SourceConfig.CONFIG_DEF)).isEmpty();
    }
}
