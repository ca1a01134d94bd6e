package dev.x3ups.connect;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

/** A source connector whose plumbing is its {@link ConnectorCore}; subclasses add only what is their own. */
public abstract class CoreSourceConnector extends SourceConnector {
    private final ConnectorCore core;

    protected CoreSourceConnector(ConnectorCore core) {
        this.core = core;
    }

    @Override
    public void start(Map<String, String> props) {
        core.start(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return core.taskClass();
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return core.taskConfigs(maxTasks);
    }

    @Override
    public void stop() {
        core.stop();
    }

    @Override
    public ConfigDef config() {
        return core.definition();
    }

    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        return core.validate(connectorConfigs);
    }

    @Override
    public String version() {
        return core.version();
    }
}
