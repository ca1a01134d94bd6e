package dev.x3ups.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;

/**
 * One of the connector JSON files in the project's {@code config/} folder (what the quickstart posts and users
 * copy), read as Connect's REST API reads it: {@code {"name": …, "config": {…}}}.
 */
public final class ExampleConnectorConfig {
    /** How a secret looks once encrypted for the worker's provider with the quickstart's demo key. */
    private static final String ENCRYPTED_REFERENCE =
            "\\$\\{encrypted:quickstart:v1\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{22,}}";

    private final Map<String, String> props;

    ExampleConnectorConfig(Map<String, String> props) {
        this.props = props;
    }

    /** Reads {@code config/<fileName>}; tests run in a module folder, so the folder is one level up. */
    public static ExampleConnectorConfig load(String fileName) {
        try {
            JsonNode json = new ObjectMapper().readTree(Path.of("..", "config", fileName).toFile());
            Map<String, String> props = new HashMap<>();
            json.path("config").properties().forEach(e -> props.put(e.getKey(), e.getValue().asText()));
            return new ExampleConnectorConfig(props);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config/" + fileName, e);
        }
    }

    /** The connector's settings, as a copy the test may change. */
    public Map<String, String> props() {
        return new HashMap<>(props);
    }

    /** The settings of {@code def} the file sets whose type is PASSWORD. */
    public List<String> credentials(ConfigDef def) {
        return def.configKeys().values().stream()
                .filter(k -> k.type == ConfigDef.Type.PASSWORD && props.containsKey(k.name))
                .map(k -> k.name).sorted().toList();
    }

    /** The credentials of {@code def} the file holds in plain text instead of as an encrypted reference. */
    public List<String> plaintextCredentials(ConfigDef def) {
        return credentials(def).stream().filter(name -> !props.get(name).matches(ENCRYPTED_REFERENCE)).toList();
    }
}
