package dev.x3ups.x3.client.auth;

import dev.x3ups.client.Secret;
import java.time.Instant;
import java.util.Objects;

/**
 * The newest refresh token and what is known about it.
 *
 * @param token      the refresh token
 * @param expiresAt  when X3 will stop accepting it
 * @param pairingId  fingerprint of the configured refresh token this one descends from: when the
 *                   operator pairs again and configures a new one, the stored chain is stale
 */
public record StoredRefreshToken(Secret token, Instant expiresAt, String pairingId) {
    public StoredRefreshToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(pairingId, "pairingId");
    }
}
