package dev.x3ups.ups.sink;

import dev.x3ups.connect.ConnectorCore;
import dev.x3ups.connect.ConnectorValidation;
import dev.x3ups.connect.CoreSinkConnector;
import dev.x3ups.ups.client.connect.UpsCredentialCheck;
import dev.x3ups.ups.sink.config.InvalidSetting;
import dev.x3ups.ups.sink.config.UpsSinkConfig;
import dev.x3ups.ups.sink.planning.PlanningConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;

/**
 * Ships each {@code x3.orders} record with UPS exactly once, records it in the {@code ups.shipments} ledger and
 * subscribes it to Track Alert.
 */
public class UpsSinkConnector extends CoreSinkConnector {
    private static final UpsCredentialCheck.Settings UPS_SETTINGS = new UpsCredentialCheck.Settings(
            UpsSinkConfig.UPS_BASE_URL_CONFIG, UpsSinkConfig.UPS_CLIENT_ID_CONFIG, UpsSinkConfig.UPS_CLIENT_SECRET_CONFIG);

    public UpsSinkConnector() {
        this(UpsCredentialCheck.shared());
    }

    /** {@code validate()}: every key (sites included), then — when they are sound — a UPS token with them. */
    UpsSinkConnector(UpsCredentialCheck credentials) {
        super(new ConnectorCore(UpsSinkConfig.CONFIG_DEF, UpsSinkTask.class, Version.get(),
                UpsSinkConnector::checked, UpsSinkConnector::split,
                ConnectorValidation.of(UpsSinkConnector::localChecks, (props, values) -> credentials.check(
                        UPS_SETTINGS, () -> new UpsSinkConfig(props).upsClientConfig(), values))));
    }

    /** The checks across keys made on start. */
    private static PlanningConfig checked(Map<String, String> props) {
        UpsSinkConfig config = new UpsSinkConfig(props);
        config.checkLedgerRetention();
        return config.planningConfig();
    }

    private static List<ConfigValue> localChecks(Map<String, String> props) {
        List<ConfigValue> values = new ArrayList<>(UpsSinkConfig.ownDefinitions().validate(props));
        values.addAll(PlanningConfig.validate(props));
        if (values.stream().allMatch(v -> v.errorMessages().isEmpty())) {
            InvalidSetting.reportOn(values, UpsSinkConfig.LEDGER_RETENTION_MS_CONFIG,
                    () -> new UpsSinkConfig(props).checkLedgerRetention());
        }
        return values;
    }

    /** Each task gets the connector's settings plus its index and the task count. */
    private static List<Map<String, String>> split(Map<String, String> props, int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>(maxTasks);
        for (int i = 0; i < maxTasks; i++) {
            Map<String, String> task = new HashMap<>(props);
            task.put(UpsSinkConfig.TASK_INDEX_CONFIG, Integer.toString(i));
            task.put(UpsSinkConfig.TASK_COUNT_CONFIG, Integer.toString(maxTasks));
            configs.add(task);
        }
        return configs;
    }
}
