package dev.x3ups.x3.client.auth;

import java.io.IOException;
import java.util.Optional;

/**
 * Keeps the newest rotating refresh token. X3 Cloud invalidates a refresh token once it has been
 * used, so losing the newest one means a person has to pair the application again.
 */
public interface RefreshTokenStore {

    Optional<StoredRefreshToken> load() throws IOException;

    void save(StoredRefreshToken token) throws IOException;

    /** Whether a saved token survives a restart of the process. */
    boolean isDurable();

    /** Where the token is kept, for log messages; never the token. */
    String describe();

    /**
     * Whether others (tasks on other workers, the other X3 connector of the same pairing) rotate the same token
     * through this store: then the stored token, not the one this process saw last, is the current one.
     */
    default boolean isShared() {
        return false;
    }

    /**
     * Makes this process the only one that may spend the stored token until the returned hold is closed; a
     * rotation loads, spends and saves inside it. A store only this process writes needs nothing.
     */
    default Hold hold() throws IOException {
        return () -> { };
    }

    /** The right to spend the stored token; closing it gives the right up. */
    interface Hold extends AutoCloseable {
        @Override
        void close();
    }
}
