package dev.x3ups.x3.source.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;

/** Markdown tables of every setting, one per group, generated from {@link X3SourceConfig#CONFIG_DEF}. */
public final class ConfigDocumentation {

    private ConfigDocumentation() {
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder();
        for (String group : X3SourceConfig.CONFIG_DEF.groups()) {
            out.append("### ").append(group).append("\n\n");
            out.append("| key | type | default | valid values | importance | description |\n");
            out.append("|---|---|---|---|---|---|\n");
            for (ConfigKey key : keysOf(group)) {
                out.append("| `").append(key.name).append("` | ").append(key.type.name().toLowerCase())
                        .append(" | ").append(defaultOf(key))
                        .append(" | ").append(key.validator == null ? "" : cell(key.validator.toString()))
                        .append(" | ").append(key.importance.name().toLowerCase())
                        .append(" | ").append(cell(key.documentation)).append(" |\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static List<ConfigKey> keysOf(String group) {
        List<ConfigKey> keys = new ArrayList<>();
        for (ConfigKey key : X3SourceConfig.CONFIG_DEF.configKeys().values()) {
            if (group.equals(key.group)) {
                keys.add(key);
            }
        }
        keys.sort(Comparator.comparingInt(k -> k.orderInGroup));
        return keys;
    }

    private static String defaultOf(ConfigKey key) {
        if (!key.hasDefault()) {
            return "(required)";
        }
        if (key.defaultValue == null) {
            return "";
        }
        String text = ConfigDef.convertToString(key.defaultValue, key.type);
        return text == null || text.isEmpty() ? "\"\"" : "`" + text + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
