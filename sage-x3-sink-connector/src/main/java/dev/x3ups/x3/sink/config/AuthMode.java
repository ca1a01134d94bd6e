package dev.x3ups.x3.sink.config;

import java.util.List;

/**
 * How the connector proves itself to X3, and which settings each way needs. Same modes and keys as
 * the Sage X3 source connector.
 */
public enum AuthMode {
    /** HTTP Basic with a Syracuse web-service user (api1, on-premise). */
    BASIC(List.of(X3SinkConfig.USERNAME_CONFIG, X3SinkConfig.PASSWORD_CONFIG), X3SinkConfig.PASSWORD_CONFIG),
    /** Connected-application JWT the connector signs itself (X3 Services GraphQL). */
    JWT(List.of(X3SinkConfig.CLIENT_ID_CONFIG, X3SinkConfig.CLIENT_SECRET_CONFIG, X3SinkConfig.USERNAME_CONFIG),
            X3SinkConfig.CLIENT_SECRET_CONFIG),
    /** X3 Cloud gateway: rotating refresh token exchanged for 5-minute access tokens. */
    REFRESH_TOKEN(List.of(X3SinkConfig.CLIENT_ID_CONFIG, X3SinkConfig.CLIENT_SECRET_CONFIG,
            X3SinkConfig.TOKEN_URL_CONFIG, X3SinkConfig.REFRESH_TOKEN_CONFIG), X3SinkConfig.REFRESH_TOKEN_CONFIG),
    /** OAuth2 client credentials where a gateway offers them. */
    CLIENT_CREDENTIALS(List.of(X3SinkConfig.CLIENT_ID_CONFIG, X3SinkConfig.CLIENT_SECRET_CONFIG,
            X3SinkConfig.TOKEN_URL_CONFIG), X3SinkConfig.CLIENT_SECRET_CONFIG);

    private final List<String> requiredSettings;
    private final String secretSetting;

    AuthMode(List<String> requiredSettings, String secretSetting) {
        this.requiredSettings = requiredSettings;
        this.secretSetting = secretSetting;
    }

    public List<String> requiredSettings() {
        return requiredSettings;
    }

    /** The setting to blame when X3 refuses the credentials. */
    public String secretSetting() {
        return secretSetting;
    }
}
