package dev.x3ups.ups.client.auth;

import java.time.Instant;

/** A bearer token with the moment it expires and the earlier moment we renew it. Never printed. */
public final class AccessToken {
    private final String value;
    private final Instant refreshAt;
    private final Instant expiresAt;

    AccessToken(String value, Instant refreshAt, Instant expiresAt) {
        this.value = value;
        this.refreshAt = refreshAt;
        this.expiresAt = expiresAt;
    }

    /** For {@link TokenSource} implementations other than {@link TokenManager}. */
    public static AccessToken of(String value, Instant refreshAt, Instant expiresAt) {
        return new AccessToken(value, refreshAt, expiresAt);
    }

    public String bearerHeader() {
        return "Bearer " + value;
    }

    public Instant refreshAt() {
        return refreshAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    boolean fresh(Instant now) {
        return now.isBefore(refreshAt);
    }

    boolean usable(Instant now) {
        return now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "AccessToken{value=[hidden], expiresAt=" + expiresAt + "}";
    }
}
