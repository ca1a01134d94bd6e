package dev.x3ups.x3.sink;

import dev.x3ups.connect.ConfigProblems;
import dev.x3ups.x3.sink.config.X3SinkConfig;
import dev.x3ups.x3.sink.target.X3Sessions;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Writes UPS tracking numbers, delivery status and exception flags from {@code ups.shipments} and
 * {@code ups.tracking} back to the Sage X3 order.
 *
 * <p>Runs one task whatever {@code tasks.max} says: ledger records are keyed by order and tracking
 * events by tracking number, so two tasks could write the same order at once from stale knowledge
 * and regress its status. The task writes many orders concurrently instead ({@code max.in.flight.orders}).
 */
public class X3SinkConnector extends SinkConnector {

    private final AccessCheck accessCheck;
    private Map<String, String> props;

    public X3SinkConnector() {
        this(new AccessCheck(X3Sessions.REAL));
    }

    X3SinkConnector(AccessCheck accessCheck) {
        this.accessCheck = accessCheck;
    }

    @Override
    public void start(Map<String, String> props) {
        X3SinkConfig.CHECKS.enforce(props);
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return X3SinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(props);
    }

    @Override
    public void stop() {
        props = null;
    }

    @Override
    public ConfigDef config() {
        return X3SinkConfig.CONFIG_DEF;
    }

    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config config = super.validate(connectorConfigs);
        Map<String, ConfigValue> values = X3SinkConfig.CHECKS.check(config);
        if (ConfigProblems.clean(values)) {
            accessCheck.check(connectorConfigs, values);
        }
        return config;
    }

    @Override
    public String version() {
        return Version.get();
    }
}
