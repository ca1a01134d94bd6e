package dev.x3ups.x3.source.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.x3ups.records.OrderKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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
        CrossFieldChecks.enforce(props);
        X3SourceConfig config = new X3SourceConfig(props);
        assertThat(config.endpoint()).isEqualTo("SEED");
        assertThat(config.entities()).containsExactly(OrderKind.SALES, OrderKind.PURCHASE);
        assertThat(config.topic()).isEqualTo("x3.orders");
    }
}
