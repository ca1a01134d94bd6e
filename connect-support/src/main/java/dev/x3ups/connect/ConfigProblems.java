package dev.x3ups.connect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.config.types.Password;

/**
 * Problems with settings, keyed by the setting the operator has to change, and the two ways a
 * connector hands them on: onto the {@code validate()} answer, or as one exception from {@code start()}.
 */
public final class ConfigProblems {

    private ConfigProblems() {
    }

    /** Adds each problem to the {@link ConfigValue} of its setting. */
    public static void report(Map<String, List<String>> problems, Map<String, ConfigValue> values) {
        problems.forEach((setting, messages) -> {
            ConfigValue value = values.get(setting);
            if (value != null) {
                messages.forEach(value::addErrorMessage);
            }
        });
    }

    /** Whether no setting has an error. */
    public static boolean clean(Map<String, ConfigValue> values) {
        return values.values().stream().allMatch(v -> v.errorMessages().isEmpty());
    }

    /** Whether none of {@code names} has an error so far (a live check runs only on settings that parsed). */
    public static boolean clean(List<ConfigValue> values, String... names) {
        List<String> wanted = List.of(names);
        return values.stream().filter(v -> wanted.contains(v.name())).allMatch(v -> v.errorMessages().isEmpty());
    }

    /** Adds {@code message} to the setting called {@code name}, if the answer has it. */
    public static void add(List<ConfigValue> values, String name, String message) {
        values.stream().filter(v -> v.name().equals(name)).findFirst().ifPresent(v -> v.addErrorMessage(message));
    }

    /** Throws every problem of {@code values} at once; {@code what} names the connector in the message. */
    public static void enforce(String what, Map<String, ConfigValue> values) {
        List<String> all = new ArrayList<>();
        values.values().forEach(v -> all.addAll(v.errorMessages()));
        if (!all.isEmpty()) {
            throw new ConfigException("Invalid " + what + " configuration: " + String.join("; ", all));
        }
    }

    /** A problem on {@code max} when it holds a smaller number than {@code min}. */
    public static Map<String, List<String>> notBelow(Map<String, ConfigValue> values, String max, String min) {
        ConfigValue low = values.get(min);
        ConfigValue high = values.get(max);
        if (low != null && high != null && low.value() instanceof Number first && high.value() instanceof Number last
                && last.longValue() < first.longValue()) {
            return Map.of(max, List.of(max + " (" + last + ") must not be below " + min + " (" + first + ")"));
        }
        return Map.of();
    }

    /** The problems of both maps, per setting. */
    public static Map<String, List<String>> merge(Map<String, List<String>> first, Map<String, List<String>> second) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        first.forEach((k, v) -> merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        second.forEach((k, v) -> merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return merged;
    }

    /** Whether a parsed string or password value holds nothing. */
    public static boolean isEmpty(Object value) {
        Object plain = value instanceof Password password ? password.value() : value;
        return plain == null || plain.toString().isBlank();
    }
}
