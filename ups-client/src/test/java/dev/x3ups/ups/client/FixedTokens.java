package dev.x3ups.ups.client;

import dev.x3ups.client.AccessToken;
import dev.x3ups.client.Secret;
import dev.x3ups.ups.client.auth.TokenSource;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** A token source for transport tests: "token-1", then "token-2" after an invalidation. */
public final class FixedTokens implements TokenSource {
    private final AtomicInteger generation = new AtomicInteger(1);
    private final AtomicInteger invalidations = new AtomicInteger();
    private volatile AccessToken current = token(1);

    @Override
    public CompletableFuture<AccessToken> token() {
        return CompletableFuture.completedFuture(current);
    }

    @Override
    public synchronized void invalidate(AccessToken rejected) {
        if (rejected == current) {
            invalidations.incrementAndGet();
            current = token(generation.incrementAndGet());
        }
    }

    public int invalidations() {
        return invalidations.get();
    }

    private static AccessToken token(int n) {
        Instant far = Instant.now().plusSeconds(3600);
        return new AccessToken(Secret.of("token-" + n), Instant.now(), far);
    }
}
