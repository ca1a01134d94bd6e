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
}
