package dev.x3ups.x3.sink;

import dev.x3ups.connect.ConfigProblems;
import dev.x3ups.x3.client.connect.X3AccessCheck;
import dev.x3ups.x3.sink.config.TargetKind;
import dev.x3ups.x3.sink.config.X3SinkConfig;
import dev.x3ups.x3.sink.target.X3Session;
import dev.x3ups.x3.sink.target.X3Sessions;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;

/**
 * "Will this work?" for {@code PUT .../config/validate}: authenticates against X3 and touches the
 * write target; a refused target is reported on the class/representation or the GraphQL read query
 * (the rest as {@link X3AccessCheck} does).
 */
final class AccessCheck {

    private final X3Sessions sessions;

    AccessCheck(X3Sessions sessions) {
        this.sessions = sessions;
    }

    /** Only call when {@code values} hold no errors yet. */
    void check(Map<String, String> props, Map<String, ConfigValue> values) {
        X3SinkConfig config = new X3SinkConfig(props);
        String target = config.target() == TargetKind.GRAPHQL ? X3SinkConfig.GRAPHQL_READ_QUERY_CONFIG
                : X3SinkConfig.TARGET_REPRESENTATION_CONFIG;
        X3AccessCheck check = X3AccessCheck.blamingRefusalsOn(target, "the write-back target");
        ConfigProblems.report(check.check(config, () -> {
            try (X3Session session = sessions.open(config)) {
                session.checkAccess();
            }
        }), values);
    }
}
