package dev.x3ups.x3.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the operator, at most once a day per concern, that a person will soon have to pair the X3
 * application again: because the refresh token nears its expiry, or because the newest one could not
 * be kept where a restart would find it.
 */
public final class RefreshTokenWarnings {
    private static final Logger LOG = LoggerFactory.getLogger(RefreshTokenWarnings.class);
    private static final Duration REPEAT = Duration.ofDays(1);

    private final Clock clock;
    private final Duration warnBeforeExpiry;
    private final Consumer<String> warn;
    private Instant lastExpiryWarning;
    private Instant lastPersistWarning;

    public RefreshTokenWarnings(Clock clock, Duration warnBeforeExpiry) {
        this(clock, warnBeforeExpiry, LOG::warn);
    }

    RefreshTokenWarnings(Clock clock, Duration warnBeforeExpiry, Consumer<String> warn) {
        this.clock = clock;
        this.warnBeforeExpiry = warnBeforeExpiry;
        this.warn = warn;
    }

    /** Warns when {@code token} expires within the warning window. */
    public synchronized void checkExpiry(StoredRefreshToken token) {
        Instant now = clock.instant();
        if (now.isBefore(token.expiresAt().minus(warnBeforeExpiry)) || recently(lastExpiryWarning, now)) {
            return;
        }
        lastExpiryWarning = now;
        if (!now.isBefore(token.expiresAt())) {
            warn.accept("The X3 refresh token expired at " + token.expiresAt() + ". Pair the X3 application again "
                    + "and configure the new refresh token; until then the connector cannot authenticate.");
            return;
        }
        long hoursLeft = Duration.between(now, token.expiresAt()).toHours();
        warn.accept("The X3 refresh token expires at " + token.expiresAt() + " (" + hoursLeft / 24 + " days "
                + hoursLeft % 24 + " hours left). Pair the X3 application again and configure the new refresh "
                + "token before then, or the connector will stop authenticating.");
    }

    /** Warns that the newest token lives only in this process. */
    public synchronized void notPersisted(StoredRefreshToken token, String where, String reason) {
        Instant now = clock.instant();
        if (recently(lastPersistWarning, now)) {
            return;
        }
        lastPersistWarning = now;
        warn.accept("The newest X3 refresh token is not kept in " + where + " (" + reason + "). It lives only in "
                + "this process and expires at " + token.expiresAt() + "; after a restart, or by that date, the X3 "
                + "application must be paired again. Configure a writable refresh-token file to avoid this.");
    }

    private static boolean recently(Instant last, Instant now) {
        return last != null && now.isBefore(last.plus(REPEAT));
    }
}
