package dev.x3ups.ups.sink;

import dev.x3ups.ups.client.connect.UpsCredentialCheck;
import dev.x3ups.ups.sink.config.UpsSinkConfig;
import dev.x3ups.ups.sink.planning.PlanningConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Ships each {@code x3.orders} record with UPS exactly once, records it in the {@code ups.shipments} ledger and
 * subscribes it to Track Alert.
 */
public class UpsSinkConnector extends SinkConnector {
    private static final UpsCredentialCheck.Settings UPS_SETTINGS = new UpsCredentialCheck.Settings(
            UpsSinkConfig.UPS_BASE_URL_CONFIG, UpsSinkConfig.UPS_CLIENT_ID_CONFIG, UpsSinkConfig.UPS_CLIENT_SECRET_CONFIG);
    private final UpsCredentialCheck credentials;
    private Map<String, String> props;

    public UpsSinkConnector() {
        this(UpsCredentialCheck.shared());
    }

    UpsSinkConnector(UpsCredentialCheck credentials) {
        this.credentials = credentials;
    }

    @Override
    public void start(Map<String, String> props) {
        new UpsSinkConfig(props).planningConfig(); // fail the connector, not its tasks, on a bad config
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return UpsSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>(maxTasks);
        for (int i = 0; i < maxTasks; i++) {
            Map<String, String> task = new HashMap<>(props);
            task.put(UpsSinkConfig.TASK_INDEX_CONFIG, Integer.toString(i));
            task.put(UpsSinkConfig.TASK_COUNT_CONFIG, Integer.toString(maxTasks));
            configs.add(task);
        }
        return configs;
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return UpsSinkConfig.CONFIG_DEF;
    }

    /** Checks every key (sites included) and, when the UPS keys are sound, fetches a token with them. */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        List<ConfigValue> values = new ArrayList<>(UpsSinkConfig.ownDefinitions().validate(connectorConfigs));
        values.addAll(PlanningConfig.validate(connectorConfigs));
        if (values.stream().allMatch(v -> v.errorMessages().isEmpty())) {
            credentials.check(UPS_SETTINGS, () -> new UpsSinkConfig(connectorConfigs).upsClientConfig(), values);
        }
        return new Config(values);
    }

    @Override
    public String version() {
        return Version.get();
    }
}
