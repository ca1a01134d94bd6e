package dev.x3ups.x3.sink.config;

import dev.x3ups.x3.sink.status.StatusVocabulary;
import dev.x3ups.x3.sink.target.FieldMapping;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.config.types.Password;

/** Single-field validators and the checks that span settings, each reported on the setting to change. */
public final class Checks {

    private Checks() {
    }

    static ConfigDef.Validator httpUrl() {
        return validator("http(s) URL", (name, value) -> {
            if (value == null) {
                return;
            }
            try {
                URI uri = new URI(value.toString().trim());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    throw new ConfigException(name, value, "must be an http:// or https:// URL with a host");
                }
            } catch (URISyntaxException e) {
                throw new ConfigException(name, value, "is not a URL: " + e.getReason());
            }
        });
    }

    static ConfigDef.Validator statusMap() {
        return validator("TYPE=X3CODE or TYPE:CODE=X3CODE entries", (name, value) -> {
            try {
                StatusVocabulary.parse(list(value));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        });
    }

    static ConfigDef.Validator fieldMap() {
        return validator("logicalName=X3FIELD entries", (name, value) -> {
            try {
                FieldMapping.parse(list(value));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        });
    }

    /** Adds cross-field problems to {@code values} (as returned by {@code ConfigDef.validateAll}). */
    public static void crossCheck(Map<String, ConfigValue> values) {
        ConfigValue modeValue = values.get(X3SinkConfig.AUTH_MODE_CONFIG);
        if (modeValue != null && modeValue.value() != null && modeValue.errorMessages().isEmpty()) {
            AuthMode mode = AuthMode.valueOf(modeValue.value().toString().trim().toUpperCase(Locale.ROOT));
            for (String required : mode.requiredSettings()) {
                ConfigValue value = values.get(required);
                if (value != null && isEmpty(value.value())) {
                    value.addErrorMessage(required + " is required when " + X3SinkConfig.AUTH_MODE_CONFIG + " is " + mode);
                }
            }
        }
        ConfigValue target = values.get(X3SinkConfig.TARGET_CONFIG);
        if (modeValue != null && target != null && target.value() != null && modeValue.value() != null
                && "GRAPHQL".equalsIgnoreCase(target.value().toString().trim())
                && "BASIC".equalsIgnoreCase(modeValue.value().toString().trim())) {
            // X3's GraphQL API takes bearer tokens only.
            modeValue.addErrorMessage("x3.target GRAPHQL needs a token mode (JWT, REFRESH_TOKEN or CLIENT_CREDENTIALS), not BASIC");
        }
        ConfigValue backoff = values.get(X3SinkConfig.RETRY_BACKOFF_MS_CONFIG);
        ConfigValue backoffMax = values.get(X3SinkConfig.RETRY_BACKOFF_MAX_MS_CONFIG);
        if (backoff != null && backoffMax != null && backoff.value() instanceof Long first
                && backoffMax.value() instanceof Long max && max < first) {
            backoffMax.addErrorMessage(X3SinkConfig.RETRY_BACKOFF_MAX_MS_CONFIG + " (" + max + ") must not be below "
                    + X3SinkConfig.RETRY_BACKOFF_MS_CONFIG + " (" + first + ")");
        }
    }

    /** Validates raw properties and throws all problems at once, for {@code start()}. */
    public static void enforce(Map<String, String> props) {
        Map<String, ConfigValue> values = X3SinkConfig.CONFIG_DEF.validateAll(props);
        crossCheck(values);
        List<String> problems = new ArrayList<>();
        values.values().forEach(v -> problems.addAll(v.errorMessages()));
        if (!problems.isEmpty()) {
            throw new ConfigException("Invalid Sage X3 sink configuration: " + String.join("; ", problems));
        }
    }

    private static boolean isEmpty(Object value) {
        Object plain = value instanceof Password p ? p.value() : value;
        return plain == null || plain.toString().isBlank();
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    private interface Check {
        void ensureValid(String name, Object value);
    }

    private static ConfigDef.Validator validator(String description, Check check) {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                check.ensureValid(name, value);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }
}
