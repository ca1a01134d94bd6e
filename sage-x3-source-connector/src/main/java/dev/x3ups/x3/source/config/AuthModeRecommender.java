package dev.x3ups.x3.source.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        AuthMode mode = parse(parsedConfig.get(X3SourceConfig.AUTH_MODE_CONFIG));
        if (mode == null) {
            return true;
        }
        if (name.equals(X3SourceConfig.JWT_AUDIENCE_CONFIG)) {
            return mode == AuthMode.JWT;
        }
        if (name.equals(X3SourceConfig.OAUTH_SCOPE_CONFIG)) {
            return mode == AuthMode.CLIENT_CREDENTIALS || mode == AuthMode.REFRESH_TOKEN;
        }
        return mode.requiredSettings().contains(name);
    }

    private static AuthMode parse(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return AuthMode.valueOf(value.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
