package dev.x3ups.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

class ExampleConnectorConfigTest {
    private static final ConfigDef DEF = new ConfigDef()
            .define("x3.password", ConfigDef.Type.PASSWORD, ConfigDef.Importance.HIGH, "doc")
            .define("ups.client.secret", ConfigDef.Type.PASSWORD, ConfigDef.Importance.HIGH, "doc")
            .define("keystore.password", ConfigDef.Type.PASSWORD, "", ConfigDef.Importance.LOW, "doc")
            .define("x3.user", ConfigDef.Type.STRING, ConfigDef.Importance.HIGH, "doc");

    @Test
    void readsTheConfigObjectOfAConnectorFile() {
        Map<String, String> props = ExampleConnectorConfig.load("sage-x3-source-connector.json").props();
        assertThat(props).containsEntry("connector.class", "dev.x3ups.x3.source.X3SourceConnector")
                .doesNotContainKey("name");
    }

    @Test
    void aPlainTextSecretIsFoundAndAnEncryptedReferenceIsNot() {
        ExampleConnectorConfig example = new ExampleConnectorConfig(Map.of(
                "x3.password", "hunter2",
                "ups.client.secret", "${encrypted:quickstart:v1.-kzZVosOn3zutdh1.g_c35y4dIBReju5_-Rr4wR4jLH}",
                "x3.user", "ADMIN"));

        assertThat(example.credentials(DEF)).containsExactly("ups.client.secret", "x3.password");
        assertThat(example.plaintextCredentials(DEF)).containsExactly("x3.password");
    }
}
