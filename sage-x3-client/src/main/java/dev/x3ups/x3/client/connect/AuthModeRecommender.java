package dev.x3ups.x3.client.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;

/** Shows an authentication setting only when the chosen {@link AuthMode} uses it. */
final class AuthModeRecommender implements ConfigDef.Recommender {

    @Override
    public List<Object> validValues(String name, Map<String, Object> parsedConfig) {
        // ConfigDef edits the returned list, so it must be mutable.
        return new ArrayList<>();
    }

    @Override
    public boolean visible(String name, Map<String, Object> parsedConfig) {
        return AuthMode.parse(parsedConfig.get(X3ConnectionConfig.AUTH_MODE_CONFIG))
                .map(mode -> usedBy(mode, name))
                .orElse(true);
    }

    private static boolean usedBy(AuthMode mode, String name) {
        return switch (name) {
            case X3ConnectionConfig.JWT_AUDIENCE_CONFIG -> mode == AuthMode.JWT;
            case X3ConnectionConfig.OAUTH_SCOPE_CONFIG -> mode == AuthMode.CLIENT_CREDENTIALS || mode == AuthMode.REFRESH_TOKEN;
            case X3ConnectionConfig.REFRESH_TOKEN_FILE_CONFIG, X3ConnectionConfig.TOKEN_BOOTSTRAP_SERVERS_CONFIG,
                 X3ConnectionConfig.TOKEN_TOPIC_CONFIG, X3ConnectionConfig.TOKEN_KEY_FILE_CONFIG,
                 X3ConnectionConfig.TOKEN_KEY_ENV_CONFIG -> mode == AuthMode.REFRESH_TOKEN;
            default -> mode.requiredSettings().contains(name);
        };
    }
}
