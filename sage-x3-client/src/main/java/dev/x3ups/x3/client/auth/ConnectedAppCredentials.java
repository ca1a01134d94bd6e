package dev.x3ups.x3.client.auth;

import dev.x3ups.client.Secret;
import java.time.Duration;
import java.util.Objects;

/**
 * An X3 Services connected application: the client signs its own HS256 JWT.
 *
 * @param clientId      the application's client id, sent as {@code iss}
 * @param secret        the application's secret, the HMAC key
 * @param user          the X3 user the calls run as, sent as {@code sub}
 * @param audience      the {@code aud} claim, null or empty for none
 * @param tokenLifetime {@code exp - iat}; must not exceed the validity configured on the application
 */
public record ConnectedAppCredentials(
        String clientId, Secret secret, String user, String audience, Duration tokenLifetime)
        implements X3Credentials {
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

    public ConnectedAppCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(user, "user");
        tokenLifetime = tokenLifetime == null ? DEFAULT_LIFETIME : tokenLifetime;
        if (tokenLifetime.toSeconds() < 2) {
            throw new IllegalArgumentException("tokenLifetime must be at least 2 seconds");
        }
    }
}
