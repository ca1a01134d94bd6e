package dev.x3ups.embedded.connect;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of one distributed-mode worker. All workers of a cluster share the group id and the three
 * internal topics, which are derived from the group id so two clusters on one broker never meet.
 */
public final class WorkerProperties {

    private static final String JSON_CONVERTER = "org.apache.kafka.connect.json.JsonConverter";

    private WorkerProperties() {
    }

    /** A worker's properties; {@code overrides} win. Used by workers forked outside this module too. */
    public static Map<String, String> distributed(String bootstrapServers, String groupId, Path pluginPath,
                                           boolean exactlyOnceSource, Map<String, String> overrides) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("group.id", groupId);
        props.put("listeners", "http://127.0.0.1:0");
        props.put("rest.advertised.host.name", "127.0.0.1");
        if (pluginPath != null) {
            props.put("plugin.path", pluginPath.toAbsolutePath().toString());
        }
        // Plugins are found through their META-INF/services entries: ~1.5 s to start instead of ~7 s of scanning.
        props.put("plugin.discovery", "service_load");
        props.put("key.converter", JSON_CONVERTER);
        props.put("value.converter", JSON_CONVERTER);
        props.put("key.converter.schemas.enable", "true");
        props.put("value.converter.schemas.enable", "true");
        props.put("config.storage.topic", groupId + "-configs");
        props.put("offset.storage.topic", groupId + "-offsets");
        props.put("status.storage.topic", groupId + "-status");
        props.put("config.storage.replication.factor", "1");
        props.put("offset.storage.replication.factor", "1");
        props.put("status.storage.replication.factor", "1");
        props.put("offset.storage.partitions", "5");
        props.put("status.storage.partitions", "1");
        props.put("offset.flush.interval.ms", "500");
        if (exactlyOnceSource) {
            props.put("exactly.once.source.support", "enabled");
        }
        props.putAll(overrides);
        return props;
    }
}
