package dev.x3ups.x3.sink;

import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.sink.config.TargetKind;
import dev.x3ups.x3.sink.config.X3SinkConfig;
import dev.x3ups.x3.sink.target.X3Session;
import dev.x3ups.x3.sink.target.X3Sessions;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;

/**
 * "Will this work?" for {@code PUT .../config/validate}: authenticates against X3 and touches the
 * write target, then reports a failure on the setting to fix — refused credentials on the secret, a
 * refused target on the class/representation or GraphQL read query, no answer on the URL.
 */
final class AccessCheck {

    private final X3Sessions sessions;

    AccessCheck(X3Sessions sessions) {
        this.sessions = sessions;
    }

    /** Only call when {@code values} hold no errors yet. */
    void check(Map<String, String> props, Map<String, ConfigValue> values) {
        X3SinkConfig config = new X3SinkConfig(props);
        try (X3Session session = sessions.open(config)) {
            session.checkAccess();
        } catch (X3AuthenticationException e) {
            report(values, config.authMode().secretSetting(), "X3 refused the credentials: " + e.getMessage());
        } catch (X3RejectedException e) {
            String setting = config.target() == TargetKind.GRAPHQL ? X3SinkConfig.GRAPHQL_READ_QUERY_CONFIG
                    : X3SinkConfig.TARGET_REPRESENTATION_CONFIG;
            report(values, setting, "X3 refused the write-back target at endpoint '" + config.endpoint() + "': "
                    + e.getMessage());
        } catch (X3Exception e) {
            report(values, X3SinkConfig.URL_CONFIG, "X3 at " + config.url() + " did not answer"
                    + (e.httpStatus() > 0 ? " (HTTP " + e.httpStatus() + ")" : "") + ": " + e.getMessage());
        } catch (RuntimeException e) {
            report(values, X3SinkConfig.URL_CONFIG, "Could not reach X3 at " + config.url() + ": " + e.getMessage());
        }
    }

    private static void report(Map<String, ConfigValue> values, String setting, String message) {
        ConfigValue value = values.get(setting);
        if (value != null) {
            value.addErrorMessage(message);
        }
    }
}
