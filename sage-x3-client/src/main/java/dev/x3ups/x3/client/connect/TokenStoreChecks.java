package dev.x3ups.x3.client.connect;

import static dev.x3ups.x3.client.connect.X3ConnectionConfig.REFRESH_TOKEN_FILE_CONFIG;
import static dev.x3ups.x3.client.connect.X3ConnectionConfig.TOKEN_BOOTSTRAP_SERVERS_CONFIG;
import static dev.x3ups.x3.client.connect.X3ConnectionConfig.TOKEN_CLIENT_PREFIX;
import static dev.x3ups.x3.client.connect.X3ConnectionConfig.TOKEN_KEY_ENV_CONFIG;
import static dev.x3ups.x3.client.connect.X3ConnectionConfig.TOKEN_KEY_FILE_CONFIG;
import static dev.x3ups.x3.client.connect.X3ConnectionConfig.TOKEN_TOPIC_CONFIG;

import dev.x3ups.connect.ConfigProblems;
import dev.x3ups.x3.client.auth.TokenTopic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigValue;

/** Where a rotating refresh token is kept: the token topic when its servers are set, else the file. */
final class TokenStoreChecks {

    private TokenStoreChecks() {
    }

    /** The topic needs a key to seal with; the file and the topic exclude each other. */
    static Map<String, List<String>> problems(Map<String, ConfigValue> values) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (!set(values, TOKEN_BOOTSTRAP_SERVERS_CONFIG)) {
            return problems;
        }
        if (!set(values, TOKEN_KEY_FILE_CONFIG) && !set(values, TOKEN_KEY_ENV_CONFIG)) {
            problems.put(TOKEN_KEY_FILE_CONFIG, List.of(TOKEN_KEY_FILE_CONFIG + " or " + TOKEN_KEY_ENV_CONFIG
                    + " is required when " + TOKEN_BOOTSTRAP_SERVERS_CONFIG + " is set: the token is sealed in the "
                    + "topic with the config provider's key"));
        }
        if (set(values, TOKEN_KEY_FILE_CONFIG)
                && !Files.isReadable(Path.of(values.get(TOKEN_KEY_FILE_CONFIG).value().toString().trim()))) {
            problems.put(TOKEN_KEY_FILE_CONFIG, List.of("the key file is not readable on this worker; every worker "
                    + "that may run the task needs the config provider's key file"));
        }
        if (set(values, REFRESH_TOKEN_FILE_CONFIG)) {
            problems.put(REFRESH_TOKEN_FILE_CONFIG, List.of("set " + REFRESH_TOKEN_FILE_CONFIG + " or "
                    + TOKEN_BOOTSTRAP_SERVERS_CONFIG + ", not both: the refresh token must have one home"));
        }
        return problems;
    }

    /** Whether the rotated token has a home that outlives the process. */
    static boolean durable(Map<String, ConfigValue> values) {
        return set(values, TOKEN_BOOTSTRAP_SERVERS_CONFIG) || set(values, REFRESH_TOKEN_FILE_CONFIG);
    }

    /** The token topic the settings name, or null when its servers are not set. */
    static TokenTopic topic(AbstractConfig config) {
        String servers = X3ConnectionConfig.text(config, TOKEN_BOOTSTRAP_SERVERS_CONFIG);
        if (servers == null) {
            return null;
        }
        String keyFile = X3ConnectionConfig.text(config, TOKEN_KEY_FILE_CONFIG);
        return new TokenTopic(servers, config.getString(TOKEN_TOPIC_CONFIG).trim(),
                config.originalsWithPrefix(TOKEN_CLIENT_PREFIX), keyFile == null ? null : Path.of(keyFile),
                X3ConnectionConfig.text(config, TOKEN_KEY_ENV_CONFIG));
    }

    private static boolean set(Map<String, ConfigValue> values, String name) {
        ConfigValue value = values.get(name);
        return value != null && !ConfigProblems.isEmpty(value.value());
    }
}
