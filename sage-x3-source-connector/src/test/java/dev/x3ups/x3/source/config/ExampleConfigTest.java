package dev.x3ups.x3.source.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.x3ups.records.OrderKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

/** The quickstart's connector JSON is a valid configuration of this connector, pointed at the simulator. */
class ExampleConfigTest {

    @Test
    void quickstartConfigurationIsValid() throws Exception {
        Path file = Path.of("..", "config", "sage-x3-source-connector.json");
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        Map<String, String> props = new HashMap<>();
        json.path("config").properties().forEach(e -> props.put(e.getKey(), e.getValue().asText()));

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
    void everyCredentialIsAnEncryptedReference() throws Exception {
        JsonNode config = new ObjectMapper().readTree(Path.of("..", "config", "sage-x3-source-connector.json").toFile()).path("config");
        List<String> credentials = X3SourceConfig.CONFIG_DEF.configKeys().values().stream()
                .filter(k -> k.type == ConfigDef.Type.PASSWORD && config.has(k.name)).map(k -> k.name).toList();

        assertThat(credentials).contains("x3.password");
        assertThat(credentials).allSatisfy(name -> assertThat(config.path(name).asText()).as(name)
                .matches("\\$\\{encrypted:quickstart:v1\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{22,}}"));
    }
}
