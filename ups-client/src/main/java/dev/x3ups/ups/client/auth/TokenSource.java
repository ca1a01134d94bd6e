package dev.x3ups.ups.client.auth;

import java.util.concurrent.CompletableFuture;

/** Supplies bearer tokens to the transport. */
public interface TokenSource {
    CompletableFuture<AccessToken> token();

    /** UPS rejected {@code rejected} (401): forget it so the next {@link #token()} fetches a new one. */
    void invalidate(AccessToken rejected);
}
