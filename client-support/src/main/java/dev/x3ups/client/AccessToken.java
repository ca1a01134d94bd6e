package dev.x3ups.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A bearer token and the window it is good for. Its value is a {@link Secret}, so it never prints. */
public record AccessToken(Secret value, Instant issuedAt, Instant expiresAt) {
    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * When to fetch the next one: {@code renewAhead} before expiry, but never earlier than half-way
     * through a short-lived token, so a 60-second token is not renewed on every call.
     */
    public Instant renewAt(Duration renewAhead) {
        Duration lifetime = Duration.between(issuedAt, expiresAt);
        Duration ahead = renewAhead.compareTo(lifetime.dividedBy(2)) > 0 ? lifetime.dividedBy(2) : renewAhead;
        return expiresAt.minus(ahead);
    }

    /** Whether a request sent at {@code now} may still carry it. */
    public boolean usableAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** The Authorization header value; only for putting on the wire. */
    public String bearerHeader() {
        return "Bearer " + value.reveal();
    }
}
