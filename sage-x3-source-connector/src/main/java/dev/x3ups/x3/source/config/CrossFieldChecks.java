package dev.x3ups.x3.source.config;

import dev.x3ups.x3.client.connect.AuthMode;
import dev.x3ups.x3.client.connect.ConfigProblems;
import dev.x3ups.x3.client.connect.X3ConnectionConfig;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;

/**
 * Checks that span settings, reporting each problem on the setting the operator has to change
 * (e.g. a missing password is reported on {@code x3.password}, not on {@code x3.auth.mode}).
 */
public final class CrossFieldChecks {

    private CrossFieldChecks() {
    }

    /** Adds error messages to {@code values} (as returned by {@code ConfigDef.validateAll}). */
    public static void check(Map<String, ConfigValue> values) {
        Map<String, List<String>> problems = ConfigProblems.merge(X3ConnectionConfig.check(values),
                refreshTokenFile(values));
        problems = ConfigProblems.merge(problems, ConfigProblems.notBelow(values,
                X3SourceConfig.RETRY_BACKOFF_MAX_MS_CONFIG, X3SourceConfig.RETRY_BACKOFF_MS_CONFIG));
        ConfigProblems.report(problems, values);
    }

    /** Validates raw properties and throws every problem at once, for {@code Connector.start}. */
    public static void enforce(Map<String, String> props) {
        Map<String, ConfigValue> values = X3SourceConfig.CONFIG_DEF.validateAll(props);
        check(values);
        ConfigProblems.enforce("Sage X3 source", values);
    }

    /** X3 revokes each refresh token on use: without the file a restarted task holds a dead token. */
    private static Map<String, List<String>> refreshTokenFile(Map<String, ConfigValue> values) {
        ConfigValue mode = values.get(X3ConnectionConfig.AUTH_MODE_CONFIG);
        ConfigValue file = values.get(X3ConnectionConfig.REFRESH_TOKEN_FILE_CONFIG);
        boolean refresh = mode != null && mode.errorMessages().isEmpty()
                && AuthMode.parse(mode.value()).filter(m -> m == AuthMode.REFRESH_TOKEN).isPresent();
        if (refresh && file != null && (file.value() == null || file.value().toString().isBlank())) {
            return Map.of(X3ConnectionConfig.REFRESH_TOKEN_FILE_CONFIG, List.of(X3ConnectionConfig.REFRESH_TOKEN_FILE_CONFIG
                    + " is required when " + X3ConnectionConfig.AUTH_MODE_CONFIG + " is " + AuthMode.REFRESH_TOKEN));
        }
        return Map.of();
    }
}
