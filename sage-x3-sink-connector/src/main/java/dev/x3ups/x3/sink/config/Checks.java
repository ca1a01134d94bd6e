package dev.x3ups.x3.sink.config;

import dev.x3ups.connect.DescribedValidator;
import dev.x3ups.x3.client.connect.X3ConnectionConfig;
import dev.x3ups.x3.sink.status.StatusVocabulary;
import dev.x3ups.x3.sink.target.FieldMapping;
import dev.x3ups.x3.sink.write.Milestones;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;

/** Single-field validators and the checks that span settings, each reported on the setting to change. */
public final class Checks {

    private Checks() {
    }

    static ConfigDef.Validator statusMap() {
        return DescribedValidator.of("TYPE=X3CODE or TYPE:CODE=X3CODE entries", (name, value) -> {
            try {
                StatusVocabulary.parse(list(value));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        });
    }

    static ConfigDef.Validator fieldMap() {
        return DescribedValidator.of("logicalName=X3FIELD entries", (name, value) -> {
            try {
                FieldMapping.parse(list(value));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        });
    }

    static ConfigDef.Validator milestones() {
        return DescribedValidator.of(Milestones.ALL + " or milestone names", (name, value) -> {
            try {
                Milestones.parse(list(value));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        });
    }

    /** X3's GraphQL API takes bearer tokens only. */
    static Map<String, List<String>> graphQlNeedsToken(Map<String, ConfigValue> values) {
        ConfigValue mode = values.get(X3ConnectionConfig.AUTH_MODE_CONFIG);
        ConfigValue target = values.get(X3SinkConfig.TARGET_CONFIG);
        if (mode != null && target != null && target.value() != null && mode.value() != null
                && "GRAPHQL".equalsIgnoreCase(target.value().toString().trim())
                && "BASIC".equalsIgnoreCase(mode.value().toString().trim())) {
            return Map.of(X3ConnectionConfig.AUTH_MODE_CONFIG,
                    List.of("x3.target GRAPHQL needs a token mode (JWT, REFRESH_TOKEN or CLIENT_CREDENTIALS), not BASIC"));
        }
        return Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }
}
