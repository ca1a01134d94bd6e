package dev.x3ups.connect;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;

/**
 * What every connector of the suite does the same way: it checks its settings when it starts (so a bad
 * configuration fails the connector, not its tasks), keeps them for its tasks, splits them among tasks, validates
 * them in the shape of {@link ConnectorValidation}, and reports the plugin version. A connector class only says
 * what is its own; {@link CoreSourceConnector} and {@link CoreSinkConnector} hand Connect's calls here.
 */
public final class ConnectorCore {

    /** The task settings for up to {@code maxTasks} tasks. */
    @FunctionalInterface
    public interface TaskSplit {
        List<Map<String, String>> split(Map<String, String> props, int maxTasks);

        /** One task with the connector's settings, whatever {@code tasks.max} says. */
        TaskSplit ONE_TASK = (props, maxTasks) -> List.of(props);
    }

    private final ConfigDef definition;
    private final Class<? extends Task> taskClass;
    private final String version;
    private final Consumer<Map<String, String>> startCheck;
    private final TaskSplit split;
    private final ConnectorValidation validation;
    private volatile Map<String, String> props;

    /**
     * @param startCheck throws {@code ConfigException} with every problem of the settings
     */
    public ConnectorCore(ConfigDef definition, Class<? extends Task> taskClass, String version,
                         Consumer<Map<String, String>> startCheck, TaskSplit split, ConnectorValidation validation) {
        this.definition = definition;
        this.taskClass = taskClass;
        this.version = version;
        this.startCheck = startCheck;
        this.split = split;
        this.validation = validation;
    }

    void start(Map<String, String> settings) {
        startCheck.accept(settings);
        this.props = Map.copyOf(settings);
    }

    List<Map<String, String>> taskConfigs(int maxTasks) {
        Map<String, String> started = props;
        if (started == null) {
            throw new IllegalStateException("the connector has not been started");
        }
        return split.split(started, maxTasks);
    }

    void stop() {
        props = null;
    }

    Class<? extends Task> taskClass() {
        return taskClass;
    }

    ConfigDef definition() {
        return definition;
    }

    Config validate(Map<String, String> settings) {
        return validation.validate(settings);
    }

    String version() {
        return version;
    }
}
