package dev.x3ups.quickstart.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One connector as posted to Connect: its name and string-valued config. */
public record ConnectorConfig(String name, Map<String, String> config) {

    public ConnectorConfig {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("connector name required");
        }
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    public String connectorClass() {
        return config.getOrDefault("connector.class", "");
    }

    public String get(String key) {
        return config.get(key);
    }

    public ConnectorConfig with(Map<String, String> replaced) {
        return new ConnectorConfig(name, replaced);
    }

    /** Names only: values may hold credentials. */
    @Override
    public String toString() {
        return "ConnectorConfig[" + name + ", " + connectorClass() + ", " + config.size() + " keys]";
    }
}
