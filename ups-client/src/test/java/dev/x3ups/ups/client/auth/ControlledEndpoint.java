package dev.x3ups.ups.client.auth;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A token endpoint whose answers the test completes explicitly. */
final class ControlledEndpoint implements TokenEndpoint {
    final List<CompletableFuture<TokenGrant>> requests = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<TokenGrant> requestToken() {
        CompletableFuture<TokenGrant> f = new CompletableFuture<>();
        requests.add(f);
        return f;
    }

    CompletableFuture<TokenGrant> last() {
        return requests.get(requests.size() - 1);
    }
}
