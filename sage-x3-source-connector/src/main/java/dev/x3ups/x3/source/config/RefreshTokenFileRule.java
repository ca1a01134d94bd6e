package dev.x3ups.x3.source.config;

import dev.x3ups.x3.client.connect.AuthMode;
import dev.x3ups.x3.client.connect.X3ConnectionConfig;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;

/** The source's own cross-field rule, run with the shared X3 checks of {@link X3SourceConfig#CHECKS}. */
final class RefreshTokenFileRule {

    private RefreshTokenFileRule() {
    }

    /**
     * X3 revokes each refresh token on use: without the token topic or the file a restarted task holds a dead
     * token.
     */
    static Map<String, List<String>> problems(Map<String, ConfigValue> values) {
        ConfigValue mode = values.get(X3ConnectionConfig.AUTH_MODE_CONFIG);
        boolean refresh = mode != null && mode.errorMessages().isEmpty()
                && AuthMode.parse(mode.value()).filter(m -> m == AuthMode.REFRESH_TOKEN).isPresent();
        if (refresh && !X3ConnectionConfig.rotatedTokenOutlivesTheProcess(values)) {
            return Map.of(X3ConnectionConfig.REFRESH_TOKEN_FILE_CONFIG, List.of(
                    X3ConnectionConfig.TOKEN_BOOTSTRAP_SERVERS_CONFIG + " (the token topic) or "
                    + X3ConnectionConfig.REFRESH_TOKEN_FILE_CONFIG + " is required when "
                    + X3ConnectionConfig.AUTH_MODE_CONFIG + " is " + AuthMode.REFRESH_TOKEN));
        }
        return Map.of();
    }
}
