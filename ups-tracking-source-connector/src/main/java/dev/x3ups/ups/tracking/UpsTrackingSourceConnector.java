package dev.x3ups.ups.tracking;

import dev.x3ups.ups.client.connect.UpsCredentialCheck;
import dev.x3ups.ups.tracking.config.ListenerCheck;
import dev.x3ups.ups.tracking.config.TrackingSourceConfig;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * UPS tracking into {@code ups.tracking}: the Track Alert webhook listener plus Quantum View / Track API
 * reconciliation. Always exactly one task, whatever {@code tasks.max} says: UPS posts to one URL (the load
 * balancer), the dedupe and status order are per package in one memory, and two reconcilers would spend UPS's
 * rate limit twice. Failover is Connect's: the task restarts on another worker, whose listener the load
 * balancer finds through the health endpoint.
 */
public final class UpsTrackingSourceConnector extends SourceConnector {
    private static final UpsCredentialCheck.Settings UPS_SETTINGS = new UpsCredentialCheck.Settings(
            TrackingSourceConfig.UPS_BASE_URL, TrackingSourceConfig.UPS_CLIENT_ID, TrackingSourceConfig.UPS_CLIENT_SECRET);
    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        new TrackingSourceConfig(props);
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return UpsTrackingSourceTask.class;
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
        return TrackingSourceConfig.DEF;
    }

    /** Field checks, then "will this work?": UPS credentials and the listener's port. */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config result = super.validate(connectorConfigs);
        List<ConfigValue> values = result.configValues();
        if (values.stream().anyMatch(v -> !v.errorMessages().isEmpty())) {
            return result;
        }
        TrackingSourceConfig config = new TrackingSourceConfig(connectorConfigs);
        ListenerCheck.check(config, values);
        UpsCredentialCheck.shared().check(UPS_SETTINGS, config::upsClient, values);
        return result;
    }

    @Override
    public String version() {
        return Version.get();
    }
}
