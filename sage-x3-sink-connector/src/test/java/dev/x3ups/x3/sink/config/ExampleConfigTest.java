package dev.x3ups.x3.sink.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.testing.ExampleConnectorConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quickstart's connector JSON is a valid configuration of this connector. */
class ExampleConfigTest {
    private final ExampleConnectorConfig example = ExampleConnectorConfig.load("sage-x3-sink-connector.json");

    @Test
    void quickstartConfigurationIsValid() {
        Map<String, String> props = example.props();
        assertThat(props.get("connector.class")).isEqualTo("dev.x3ups.x3.sink.X3SinkConnector");
        X3SinkConfig.CHECKS.enforce(props);
        X3SinkConfig config = new X3SinkConfig(props);
        assertThat(props.get("topics")).contains(config.getString(X3SinkConfig.SHIPMENTS_TOPIC_CONFIG))
                .contains(config.getString(X3SinkConfig.TRACKING_TOPIC_CONFIG));
    }

    /**
     * Every credential of the example is a reference for the worker's encrypted config provider (the
     * quickstart's demo key, config/quickstart.keys), never plaintext; the quickstart module's
     * EncryptedSecretsTest opens them with that key.
     */
    @Test
    void everyCredentialIsAnEncryptedReference() {
        assertThat(example.credentials(X3SinkConfig.CONFIG_DEF)).contains("x3.password");
        assertThat(example.plaintextCredentials(X3SinkConfig.CONFIG_DEF)).isEmpty();
    }
}
