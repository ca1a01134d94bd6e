package dev.x3ups.ups.tracking.config;

import java.util.List;
import org.apache.kafka.common.config.ConfigValue;

/** Puts a message on a named field of a validation answer. */
final class ConfigErrors {
    private ConfigErrors() {
    }

    static void add(List<ConfigValue> values, String name, String message) {
        values.stream().filter(v -> v.name().equals(name)).findFirst().ifPresent(v -> v.addErrorMessage(message));
    }

    static boolean clean(List<ConfigValue> values, String... names) {
        for (String name : names) {
            for (ConfigValue v : values) {
                if (v.name().equals(name) && !v.errorMessages().isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }
}
