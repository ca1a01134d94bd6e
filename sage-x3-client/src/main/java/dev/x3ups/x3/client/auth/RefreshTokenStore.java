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
}
