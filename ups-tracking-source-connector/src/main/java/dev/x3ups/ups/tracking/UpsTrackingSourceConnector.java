package dev.x3ups.ups.tracking;

import dev.x3ups.connect.ConnectorCore;
import dev.x3ups.connect.ConnectorValidation;
import dev.x3ups.connect.CoreSourceConnector;
import dev.x3ups.ups.client.connect.UpsCredentialCheck;
import dev.x3ups.ups.tracking.config.ListenerCheck;
import dev.x3ups.ups.tracking.config.TrackingSourceConfig;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;

/**
 * UPS tracking into {@code ups.tracking}: the Track Alert webhook listener plus Quantum View / Track API
 * reconciliation. Always exactly one task, whatever {@code tasks.max} says: UPS posts to one URL (the load
 * balancer), the dedupe and status order are per package in one memory, and two reconcilers would spend UPS's
 * rate limit twice. Failover is Connect's: the task restarts on another worker, whose listener the load
 * balancer finds through the health endpoint.
 */
public final class UpsTrackingSourceConnector extends CoreSourceConnector {
    private static final UpsCredentialCheck.Settings UPS_SETTINGS = new UpsCredentialCheck.Settings(
            TrackingSourceConfig.UPS_BASE_URL, TrackingSourceConfig.UPS_CLIENT_ID, TrackingSourceConfig.UPS_CLIENT_SECRET);

    /** {@code validate()}: field checks, then "will this work?": the listener's port and the UPS credentials. */
    public UpsTrackingSourceConnector() {
        super(new ConnectorCore(TrackingSourceConfig.DEF, UpsTrackingSourceTask.class, Version.get(),
                TrackingSourceConfig::new, ConnectorCore.TaskSplit.ONE_TASK, ConnectorValidation.of(
                        ConnectorValidation.fields(TrackingSourceConfig.DEF), UpsTrackingSourceConnector::liveCheck)));
    }

    private static void liveCheck(Map<String, String> props, List<ConfigValue> values) {
        TrackingSourceConfig config = new TrackingSourceConfig(props);
        ListenerCheck.check(config, values);
        UpsCredentialCheck.shared().check(UPS_SETTINGS, config::upsClient, values);
    }
}
