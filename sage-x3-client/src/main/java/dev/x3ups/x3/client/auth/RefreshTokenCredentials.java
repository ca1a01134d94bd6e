package dev.x3ups.x3.client.auth;

import dev.x3ups.client.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * X3 Cloud gateway OAuth2 after pairing: short access tokens obtained with a refresh token that
 * rotates on every use and lasts 30 days.
 *
 * @param tokenUrl              the token endpoint, absolute or relative to the X3 base URL
 * @param clientId              the application's client id
 * @param clientSecret          the application's client secret
 * @param initialRefreshToken   the refresh token from pairing; used until a newer one is stored
 * @param storeFile             where the newest refresh token is kept across restarts, when there is no
 *                              {@code tokenTopic}; with neither it is kept in memory only (a warning says so)
 * @param refreshTokenLifetime  how long a refresh token lives when the endpoint does not say
 * @param warnBeforeExpiry      how long before the refresh token expires to start warning
 * @param tokenTopic            the Kafka topic every holder of the pairing shares the token through; null for none
 */
public record RefreshTokenCredentials(
        String tokenUrl,
        String clientId,
        Secret clientSecret,
        Secret initialRefreshToken,
        Path storeFile,
        Duration refreshTokenLifetime,
        Duration warnBeforeExpiry,
        TokenTopic tokenTopic) implements X3Credentials {
    public static final Duration DEFAULT_REFRESH_LIFETIME = Duration.ofDays(30);
    public static final Duration DEFAULT_WARN_BEFORE = Duration.ofDays(7);

    public RefreshTokenCredentials {
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(initialRefreshToken, "initialRefreshToken");
        refreshTokenLifetime = refreshTokenLifetime == null ? DEFAULT_REFRESH_LIFETIME : refreshTokenLifetime;
        warnBeforeExpiry = warnBeforeExpiry == null ? DEFAULT_WARN_BEFORE : warnBeforeExpiry;
    }

    /** Without a token topic. */
    public RefreshTokenCredentials(String tokenUrl, String clientId, Secret clientSecret, Secret initialRefreshToken,
                                   Path storeFile, Duration refreshTokenLifetime, Duration warnBeforeExpiry) {
        this(tokenUrl, clientId, clientSecret, initialRefreshToken, storeFile, refreshTokenLifetime, warnBeforeExpiry,
                null);
    }
}
