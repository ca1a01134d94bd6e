package dev.x3ups.x3.source.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.config.types.Password;

/**
 * Checks that span settings, reporting each problem on the setting the operator has to change
 * (e.g. a missing password is reported on {@code x3.password}, not on {@code x3.auth.mode}).
 */
public final class CrossFieldChecks {

    private CrossFieldChecks() {
    }

    /** Adds error messages to {@code values} (as returned by {@code ConfigDef.validateAll}). */
    public static void check(Map<String, ConfigValue> values) {
        AuthMode mode = authMode(values.get(X3SourceConfig.AUTH_MODE_CONFIG));
        if (mode != null) {
            for (String required : mode.requiredSettings()) {
                ConfigValue value = values.get(required);
                if (value != null && isEmpty(value.value())) {
                    value.addErrorMessage(value.name() + " is required when " + X3SourceConfig.AUTH_MODE_CONFIG
                            + " is " + mode.name());
                }
            }
        }
        ConfigValue backoff = values.get(X3SourceConfig.RETRY_BACKOFF_MS_CONFIG);
        ConfigValue backoffMax = values.get(X3SourceConfig.RETRY_BACKOFF_MAX_MS_CONFIG);
        if (backoff != null && backoffMax != null && backoff.value() instanceof Long first
                && backoffMax.value() instanceof Long max && max < first) {
            backoffMax.addErrorMessage(X3SourceConfig.RETRY_BACKOFF_MAX_MS_CONFIG + " (" + max + ") must not be below "
                    + X3SourceConfig.RETRY_BACKOFF_MS_CONFIG + " (" + first + ")");
        }
    }

    /** Validates raw properties and throws the first problem, for {@code Connector.start}. */
    public static void enforce(Map<String, String> props) {
        Map<String, ConfigValue> values = X3SourceConfig.CONFIG_DEF.validateAll(props);
        check(values);
        List<String> problems = new ArrayList<>();
        values.values().forEach(v -> problems.addAll(v.errorMessages()));
        if (!problems.isEmpty()) {
            throw new ConfigException("Invalid Sage X3 source configuration: " + String.join("; ", problems));
        }
    }

    private static AuthMode authMode(ConfigValue value) {
        if (value == null || value.value() == null || !value.errorMessages().isEmpty()) {
            return null;
        }
        try {
            return AuthMode.valueOf(value.value().toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isEmpty(Object value) {
        if (value instanceof Password password) {
            return password.value() == null || password.value().isBlank();
        }
        return value == null || value.toString().isBlank();
    }
}
