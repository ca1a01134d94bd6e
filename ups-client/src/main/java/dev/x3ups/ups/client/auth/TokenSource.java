package dev.x3ups.ups.client.auth;

import dev.x3ups.client.AccessToken;
import java.util.concurrent.CompletableFuture;

/**
 * Supplies bearer tokens to the transport. Not one interface with the Sage X3 client's
 * {@code TokenSource}, on purpose: UPS calls are asynchronous, so a token arrives as a future and the
 * source itself caches, renews and forgets tokens (one per client id, shared by every connector of a
 * worker); the X3 client calls from the task's thread and blocks, its source only fetches and
 * {@code TokenCache} holds the result. What both share — the token itself — is {@link AccessToken}.
 */
public interface TokenSource {
    CompletableFuture<AccessToken> token();

    /** UPS rejected {@code rejected} (401): forget it so the next {@link #token()} fetches a new one. */
    void invalidate(AccessToken rejected);
}
