package dev.x3ups.x3.client.auth;

import dev.x3ups.client.AccessToken;
import dev.x3ups.x3.client.X3Exception;
import java.time.Clock;
import java.time.Duration;

/**
 * Holds the current access token and renews it ahead of expiry. Thread-safe; the lock makes sure only
 * one renewal is in flight and that threads arriving meanwhile get its result instead of renewing
 * again.
 */
public final class TokenCache {
    private final TokenSource source;
    private final Clock clock;
    private final Duration renewAhead;
    private AccessToken current;

    public TokenCache(TokenSource source, Clock clock, Duration renewAhead) {
        this.source = source;
        this.clock = clock;
        this.renewAhead = renewAhead;
    }

    public synchronized AccessToken current() throws X3Exception {
        if (current == null || !clock.instant().isBefore(current.renewAt(renewAhead))) {
            current = source.fetch();
        }
        return current;
    }

    /**
     * X3 refused {@code tokenValue}: forget it, unless another thread already replaced it, so a burst
     * of 401s on one token costs one renewal.
     */
    public synchronized void refused(String tokenValue) {
        if (current != null && current.value().reveal().equals(tokenValue)) {
            current = null;
        }
    }
}
