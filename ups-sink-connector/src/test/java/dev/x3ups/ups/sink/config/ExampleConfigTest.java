package dev.x3ups.ups.sink.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.x3ups.ups.sink.planning.PlanningConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

/** The quickstart's {@code config/ups-sink-connector.json} is a complete, valid configuration. */
class ExampleConfigTest {
    @Test
    void theQuickstartExampleIsValid() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Path.of("..", "config", "ups-sink-connector.json").toFile());
        Map<String, String> props = new HashMap<>();
        json.path("config").fields().forEachRemaining(e -> props.put(e.getKey(), e.getValue().asText()));

        List<ConfigValue> values = new ArrayList<>(UpsSinkConfig.ownDefinitions().validate(props));
        values.addAll(PlanningConfig.validate(props));

        assertThat(values).allSatisfy(v -> assertThat(v.errorMessages()).as(v.name()).isEmpty());
        assertThat(new UpsSinkConfig(props).planningConfig().sites()).containsOnlyKeys("ATL", "RNO", "MIS");
        assertThat(props.get("connector.class")).isEqualTo("dev.x3ups.ups.sink.UpsSinkConnector");
    }

    /**
     * Every credential of the example is a reference for the worker's encrypted config provider (the
     * quickstart's demo key, config/quickstart.keys), never plaintext; the quickstart module's
     * EncryptedSecretsTest opens them with that key.
     */
    @Test
    void everyCredentialIsAnEncryptedReference() throws Exception {
        JsonNode config = new ObjectMapper().readTree(Path.of("..", "config", "ups-sink-connector.json").toFile()).path("config");
        List<String> credentials = UpsSinkConfig.CONFIG_DEF.configKeys().values().stream()
                .filter(k -> k.type == ConfigDef.Type.PASSWORD && config.has(k.name)).map(k -> k.name).toList();

        assertThat(credentials).contains("ups.client.secret");
        assertThat(credentials).allSatisfy(name -> assertThat(config.path(name).asText()).as(name)
                .matches("\\$\\{encrypted:quickstart:v1\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{22,}}"));
    }
}
