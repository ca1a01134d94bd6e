package dev.x3ups.docs;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;

/**
 * Renders a {@link ConfigDef} as a Markdown table, keys in the definition's group and order. Internal keys
 * ({@code ConfigDef.defineInternal}: what a connector hands its tasks, such as a task's index) are not
 * settings for users and are left out.
 */
final class ConfigTable {

    private ConfigTable() {
    }

    static String render(ConfigDef def) {
        StringBuilder out = new StringBuilder();
        String group = "";
        for (ConfigKey key : sorted(def)) {
            String keyGroup = key.group == null ? "Other" : key.group;
            if (!keyGroup.equals(group)) {
                group = keyGroup;
                out.append(out.length() == 0 ? "" : "\n").append("**").append(cell(group)).append("**\n\n");
                out.append("| key | type | default | valid values | importance | description |\n");
                out.append("|---|---|---|---|---|---|\n");
            }
            out.append("| `").append(key.name).append("` | ")
                    .append(key.type.name().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(defaultValue(key)).append(" | ")
                    .append(validValues(key)).append(" | ")
                    .append(key.importance.name().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(cell(key.documentation)).append(" |\n");
        }
        return out.toString();
    }

    /** Keys in group order, then their order within the group; ungrouped keys last. */
    private static List<ConfigKey> sorted(ConfigDef def) {
        List<String> groups = def.groups();
        Comparator<ConfigKey> byGroup = Comparator.comparingInt(
                key -> key.group == null ? Integer.MAX_VALUE : groups.indexOf(key.group));
        return def.configKeys().values().stream()
                .filter(key -> !key.internalConfig)
                .sorted(byGroup.thenComparingInt((ConfigKey key) -> key.orderInGroup).thenComparing(key -> key.name))
                .toList();
    }

    private static String defaultValue(ConfigKey key) {
        if (!key.hasDefault()) {
            return "*required*";
        }
        if (key.type == ConfigDef.Type.PASSWORD) {
            return key.defaultValue == null ? "null" : "[hidden]";
        }
        Object value = key.defaultValue;
        if (value == null) {
            return "null";
        }
        String text = value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        return text.isEmpty() ? "\"\"" : "`" + cell(text) + "`";
    }

    /** A validator without its own toString (a lambda) says nothing useful, and its text changes per run. */
    private static String validValues(ConfigKey key) {
        if (key.validator == null) {
            return "";
        }
        String text = key.validator.toString();
        return text.matches(".*@[0-9a-f]+$") ? "" : cell(text);
    }

    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("|", "\\|").replace("\r", "").replace("\n", " ").trim();
    }
}
