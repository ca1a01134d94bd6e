package dev.x3ups.ups.client.auth;

import java.util.concurrent.CompletableFuture;

/** Fetches a new client-credentials token. One call = one request against UPS's daily token quota. */
public interface TokenEndpoint {
    CompletableFuture<TokenGrant> requestToken();
}
