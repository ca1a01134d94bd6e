package dev.x3ups.embedded.connectors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One connector's config as posted to Connect: the class, one task and string keys with JSON values carrying
 * schemas (what the four connectors exchange), plus whatever the caller adds. {@link #toString()} shows the
 * class and the number of keys only: values hold credentials.
 */
public final class ConnectorConfigBuilder {

    private final Map<String, String> config = new LinkedHashMap<>();

    ConnectorConfigBuilder(String connectorClass) {
        config.put("connector.class", connectorClass);
        config.put("tasks.max", "1");
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter.schemas.enable", "true");
    }

    public ConnectorConfigBuilder tasks(int max) {
        return with("tasks.max", Integer.toString(max));
    }

    /** Sets (or replaces) one key. */
    public ConnectorConfigBuilder with(String key, String value) {
        // Connect's REST API refuses a null value; fail here, naming the key (never the value)
        config.put(key, Objects.requireNonNull(value, () -> "no value for " + key));
        return this;
    }

    public ConnectorConfigBuilder with(Map<String, String> settings) {
        settings.forEach(this::with);
        return this;
    }

    /** A sink's bad records go to {@code topic}, with the reason in the record headers, and the task goes on. */
    public ConnectorConfigBuilder deadLetterQueue(String topic) {
        return with("errors.tolerance", "all")
                .with("errors.deadletterqueue.topic.name", topic)
                .with("errors.deadletterqueue.topic.replication.factor", "1")
                .with("errors.deadletterqueue.context.headers.enable", "true");
    }

    /** A new, mutable map: callers may still adjust it for one scenario. */
    public Map<String, String> build() {
        return new LinkedHashMap<>(config);
    }

    @Override
    public String toString() {
        return "ConnectorConfigBuilder[" + config.get("connector.class") + ", " + config.size() + " keys]";
    }
}
