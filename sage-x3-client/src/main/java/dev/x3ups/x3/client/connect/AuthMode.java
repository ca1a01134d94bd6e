package dev.x3ups.x3.client.connect;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How a connector proves itself to X3, which settings each way needs and which secret to blame. */
public enum AuthMode {
    /** HTTP Basic with a Syracuse web-service user (api1, on-premise). */
    BASIC(List.of(X3ConnectionConfig.USERNAME_CONFIG, X3ConnectionConfig.PASSWORD_CONFIG),
            X3ConnectionConfig.PASSWORD_CONFIG),
    /** Connected-application JWT the connector signs itself (X3 Services GraphQL). */
    JWT(List.of(X3ConnectionConfig.CLIENT_ID_CONFIG, X3ConnectionConfig.CLIENT_SECRET_CONFIG,
            X3ConnectionConfig.USERNAME_CONFIG), X3ConnectionConfig.CLIENT_SECRET_CONFIG),
    /**
     * X3 Cloud gateway: rotating refresh token exchanged for 5-minute access tokens. Each use revokes
     * the token, so only one client may hold it.
     */
    REFRESH_TOKEN(List.of(X3ConnectionConfig.CLIENT_ID_CONFIG, X3ConnectionConfig.CLIENT_SECRET_CONFIG,
            X3ConnectionConfig.TOKEN_URL_CONFIG, X3ConnectionConfig.REFRESH_TOKEN_CONFIG),
            X3ConnectionConfig.REFRESH_TOKEN_CONFIG),
    /** OAuth2 client credentials where a gateway offers them. */
    CLIENT_CREDENTIALS(List.of(X3ConnectionConfig.CLIENT_ID_CONFIG, X3ConnectionConfig.CLIENT_SECRET_CONFIG,
            X3ConnectionConfig.TOKEN_URL_CONFIG), X3ConnectionConfig.CLIENT_SECRET_CONFIG);

    private final List<String> requiredSettings;
    private final String secretSetting;

    AuthMode(List<String> requiredSettings, String secretSetting) {
        this.requiredSettings = requiredSettings;
        this.secretSetting = secretSetting;
    }

    /** The config keys that must have a value in this mode. */
    public List<String> requiredSettings() {
        return requiredSettings;
    }

    /**
     * Whether logging in spends the credential: X3 Cloud revokes a refresh token on use, so a trial login (as
     * {@code validate()} would make) would take the token away from the running task.
     */
    public boolean loginSpendsCredential() {
        return this == REFRESH_TOKEN;
    }

    /** The secret setting to blame when X3 refuses the credentials. */
    public String secretSetting() {
        return secretSetting;
    }

    /** The mode a setting names, case-insensitive; empty for null or an unknown name. */
    public static Optional<AuthMode> parse(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.toString().trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
