package dev.x3ups.x3.client.auth;

import java.util.Optional;

/** Keeps the refresh token for the life of the process only. */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore {
    private volatile StoredRefreshToken token;

    @Override
    public Optional<StoredRefreshToken> load() {
        return Optional.ofNullable(token);
    }

    @Override
    public void save(StoredRefreshToken token) {
        this.token = token;
    }

    @Override
    public boolean isDurable() {
        return false;
    }

    @Override
    public String describe() {
        return "memory";
    }
}
