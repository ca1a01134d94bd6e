package dev.x3ups.docs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The README's generated configuration sections: each lives between
 * {@code <!-- config:NAME -->} and {@code <!-- /config:NAME -->} markers and is replaced wholesale.
 */
final class ReadmeConfigSections {

    private final Map<String, ConfigDef> definitions;

    ReadmeConfigSections(Map<String, ConfigDef> definitions) {
        this.definitions = new LinkedHashMap<>(definitions);
    }

    /** The README with every known section regenerated; a missing marker pair is an error. */
    String regenerate(String readme) {
        String result = readme;
        for (Map.Entry<String, ConfigDef> entry : definitions.entrySet()) {
            String name = entry.getKey();
            Pattern section = Pattern.compile("(<!-- config:" + Pattern.quote(name) + " -->\\n)(.*?)(<!-- /config:"
                    + Pattern.quote(name) + " -->)", Pattern.DOTALL);
            Matcher matcher = section.matcher(result);
            if (!matcher.find()) {
                throw new IllegalStateException("README has no <!-- config:" + name + " --> … <!-- /config:" + name
                        + " --> section");
            }
            String table = ConfigTable.render(entry.getValue());
            result = result.substring(0, matcher.start(2)) + table + result.substring(matcher.end(2));
        }
        return result;
    }
}
