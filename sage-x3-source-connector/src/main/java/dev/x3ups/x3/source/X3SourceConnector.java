package dev.x3ups.x3.source;

import dev.x3ups.connect.ConfigProblems;
import dev.x3ups.x3.client.connect.X3ConnectionConfig;
import dev.x3ups.x3.source.config.X3SourceConfig;
import dev.x3ups.x3.source.feed.AccessCheck;
import dev.x3ups.x3.source.feed.ClientOrderFeeds;
import dev.x3ups.x3.source.feed.OrderFeedFactory;
import dev.x3ups.x3.source.offset.OffsetAlteration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Sage X3 sales and purchase orders into {@code x3.orders}, incrementally, one source partition per
 * {folder, entity}. Exactly-once capable: each record carries the offset that covers it.
 */
public class X3SourceConnector extends SourceConnector {

    private final AccessCheck accessCheck;
    private Map<String, String> props;
    private X3SourceConfig config;

    public X3SourceConnector() {
        this(ClientOrderFeeds::open);
    }

    X3SourceConnector(OrderFeedFactory feeds) {
        this.accessCheck = new AccessCheck(feeds);
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        X3SourceConfig.CHECKS.enforce(props);
        this.config = new X3SourceConfig(props);
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return X3SourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        // A rotating refresh token can only have one holder, so one task reads every partition.
        int tasks = config.singleTokenHolder() ? 1 : maxTasks;
        return TaskAssignment.split(props, config.entities(), tasks);
    }

    @Override
    public void stop() {
        // Nothing runs in the connector itself; tasks hold the X3 connections.
    }

    @Override
    public ConfigDef config() {
        return X3SourceConfig.CONFIG_DEF;
    }

    /** Field checks, then cross-field checks, then — only if all passed — a real call to X3. */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config result = super.validate(connectorConfigs);
        Map<String, ConfigValue> values = X3SourceConfig.CHECKS.check(result);
        if (ConfigProblems.clean(values)) {
            accessCheck.check(connectorConfigs, values);
        }
        return result;
    }

    @Override
    public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> connectorConfig) {
        return ExactlyOnceSupport.SUPPORTED;
    }

    /** Lets an operator re-sync from a date with {@code PATCH /connectors/{name}/offsets}. */
    @Override
    public boolean alterOffsets(Map<String, String> connectorConfig, Map<Map<String, ?>, Map<String, ?>> offsets) {
        String folder = connectorConfig.getOrDefault(X3ConnectionConfig.ENDPOINT_CONFIG, "").trim();
        OffsetAlteration.validate(folder, offsets);
        return true;
    }
}
