package dev.x3ups.x3.source.config;

import java.util.List;

/** How the connector proves itself to X3, and which settings each way needs. */
public enum AuthMode {
    /** HTTP Basic with a Syracuse web-service user (api1, on-premise). */
    BASIC(List.of(X3SourceConfig.USERNAME_CONFIG, X3SourceConfig.PASSWORD_CONFIG)),
    /** Connected-application JWT the connector signs itself (X3 Services GraphQL). */
    JWT(List.of(X3SourceConfig.CLIENT_ID_CONFIG, X3SourceConfig.CLIENT_SECRET_CONFIG, X3SourceConfig.USERNAME_CONFIG)),
    /**
     * X3 Cloud gateway: rotating refresh token exchanged for 5-minute access tokens. Each use revokes
     * the token, so the newest one must be persisted (the file) and only one client may hold it.
     */
    REFRESH_TOKEN(List.of(X3SourceConfig.CLIENT_ID_CONFIG, X3SourceConfig.CLIENT_SECRET_CONFIG,
            X3SourceConfig.TOKEN_URL_CONFIG, X3SourceConfig.REFRESH_TOKEN_CONFIG,
            X3SourceConfig.REFRESH_TOKEN_FILE_CONFIG)),
    /** OAuth2 client credentials where a gateway offers them. */
    CLIENT_CREDENTIALS(List.of(X3SourceConfig.CLIENT_ID_CONFIG, X3SourceConfig.CLIENT_SECRET_CONFIG,
            X3SourceConfig.TOKEN_URL_CONFIG));

    private final List<String> requiredSettings;

    AuthMode(List<String> requiredSettings) {
        this.requiredSettings = requiredSettings;
    }

    /** The config keys that must have a value in this mode. */
    public List<String> requiredSettings() {
        return requiredSettings;
    }

    /**
     * Whether the credentials are a single rotating chain: then one task reads every partition, and
     * validation does not log in (logging in would spend the token the task needs).
     */
    public boolean singleHolder() {
        return this == REFRESH_TOKEN;
    }

    /** The secret setting to blame when X3 refuses the credentials. */
    public String secretSetting() {
        return switch (this) {
            case BASIC -> X3SourceConfig.PASSWORD_CONFIG;
            case REFRESH_TOKEN -> X3SourceConfig.REFRESH_TOKEN_CONFIG;
            case JWT, CLIENT_CREDENTIALS -> X3SourceConfig.CLIENT_SECRET_CONFIG;
        };
    }
}
