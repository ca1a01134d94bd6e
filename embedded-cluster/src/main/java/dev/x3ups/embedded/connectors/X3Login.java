package dev.x3ups.embedded.connectors;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an X3 connector logs in: {@code x3.auth.mode} and the keys that mode needs. {@link #toString()} names the
 * mode only: the settings hold passwords, secrets and refresh tokens.
 */
public final class X3Login {

    private final String mode;
    private final Map<String, String> settings;

    private X3Login(String mode, Map<String, String> settings) {
        this.mode = mode;
        this.settings = settings;
    }

    /** Basic authentication of a Syracuse user (api1). */
    public static X3Login basic(String user, String password) {
        return new X3Login("BASIC", Map.of("x3.username", user, "x3.password", password));
    }

    /** A connected application signing its own tokens for {@code user}. */
    public static X3Login jwt(String user, String appId, String appSecret) {
        return new X3Login("JWT", Map.of("x3.username", user, "x3.client.id", appId, "x3.client.secret", appSecret));
    }

    /** OAuth2 client credentials from {@code tokenUrl}. */
    public static X3Login clientCredentials(String tokenUrl, String clientId, String clientSecret) {
        return new X3Login("CLIENT_CREDENTIALS", Map.of("x3.token.url", tokenUrl, "x3.client.id", clientId,
                "x3.client.secret", clientSecret));
    }

    /** X3 Cloud: a paired refresh token, rotated on every use and kept in {@code tokenFile}. */
    public static X3Login refreshToken(String user, String tokenUrl, String clientId, String clientSecret,
                                       String refreshToken, String tokenFile) {
        return new X3Login("REFRESH_TOKEN", Map.of("x3.username", user, "x3.token.url", tokenUrl,
                "x3.client.id", clientId, "x3.client.secret", clientSecret,
                "x3.refresh.token", refreshToken, "x3.refresh.token.file", tokenFile));
    }

    Map<String, String> settings() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("x3.auth.mode", mode);
        all.putAll(settings);
        return all;
    }

    @Override
    public String toString() {
        return "X3Login[" + mode + "]";
    }
}
