package dev.x3ups.ups.sink.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.testing.ExampleConnectorConfig;
import dev.x3ups.ups.sink.planning.PlanningConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

/** The quickstart's {@code config/ups-sink-connector.json} is a complete, valid configuration. */
class ExampleConfigTest {
    private final ExampleConnectorConfig example = ExampleConnectorConfig.load("ups-sink-connector.json");

    @Test
    void theQuickstartExampleIsValid() {
        Map<String, String> props = example.props();

        List<ConfigValue> values = new ArrayList<>(UpsSinkConfig.ownDefinitions().validate(props));
        values.addAll(PlanningConfig.validate(props));

        assertThat(values).allSatisfy(v -> assertThat(v.errorMessages()).as(v.name()).isEmpty());
        assertThat(new UpsSinkConfig(props).planningConfig().sites()).containsOnlyKeys("ATL", "RNO", "MIS")
                .allSatisfy((code, site) -> assertThat(site.timeZone().getId()).startsWith("America/"));
        assertThat(props.get("connector.class")).isEqualTo("dev.x3ups.ups.sink.UpsSinkConnector");
    }

    /**
     * Every credential of the example is a reference for the worker's encrypted config provider (the
     * quickstart's demo key, config/quickstart.keys), never plaintext; the quickstart module's
     * EncryptedSecretsTest opens them with that key.
     */
    @Test
    void everyCredentialIsAnEncryptedReference() {
        assertThat(example.credentials(UpsSinkConfig.CONFIG_DEF)).contains("ups.client.secret");
        assertThat(example.plaintextCredentials(UpsSinkConfig.CONFIG_DEF)).isEmpty();
    }
}
