package dev.x3ups.it.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.common.config.ConfigDef;

/**
 * Checks that every credential-looking key of a connector's {@link ConfigDef} is {@code Type.PASSWORD}, so
 * Connect masks it in validate answers and config logging. Also reports allow-listed names no connector
 * defines any more, so the allow-list cannot quietly grow stale.
 */
final class CredentialTypeAudit {

    /** A credential config of the wrong type. */
    record Violation(String connector, String key, ConfigDef.Type type) {
        @Override
        public String toString() {
            return connector + ": '" + key + "' looks like a credential but is " + type + ", not PASSWORD";
        }
    }

    private CredentialTypeAudit() {
    }

    static List<Violation> violations(String connector, ConfigDef config) {
        List<Violation> violations = new ArrayList<>();
        for (ConfigDef.ConfigKey key : config.configKeys().values()) {
            if (CredentialNames.mustBePassword(key.name) && key.type != ConfigDef.Type.PASSWORD) {
                violations.add(new Violation(connector, key.name, key.type));
            }
        }
        return violations;
    }

    /** Allow-listed names defined by none of the given config definitions. */
    static List<String> unusedAllowListEntries(Map<String, ConfigDef> configs) {
        TreeSet<String> unused = new TreeSet<>(CredentialNames.NOT_CREDENTIALS.keySet());
        configs.values().forEach(def -> unused.removeAll(def.names()));
        return List.copyOf(unused);
    }
}
