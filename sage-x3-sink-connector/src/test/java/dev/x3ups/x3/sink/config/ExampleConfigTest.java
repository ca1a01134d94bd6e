package dev.x3ups.x3.sink.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quickstart's connector JSON is a valid configuration of this connector. */
class ExampleConfigTest {

    @Test
    void quickstartConfigurationIsValid() throws Exception {
        Path file = Path.of("..", "config", "sage-x3-sink-connector.json");
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        Map<String, String> props = new HashMap<>();
        json.path("config").properties().forEach(e -> props.put(e.getKey(), e.getValue().asText()));
        assertThat(props.get("connector.class")).isEqualTo("dev.x3ups.x3.sink.X3SinkConnector");
        Checks.enforce(props);
        X3SinkConfig config = new X3SinkConfig(props);
        assertThat(props.get("topics")).contains(config.getString(X3SinkConfig.SHIPMENTS_TOPIC_CONFIG))
                .contains(config.getString(X3SinkConfig.TRACKING_TOPIC_CONFIG));
    }
}
