package dev.x3ups.ups.client.auth;

import dev.x3ups.client.AccessToken;
import dev.x3ups.client.Failures;
import dev.x3ups.client.Secret;
import dev.x3ups.ups.client.UpsException;
import dev.x3ups.ups.client.UpsUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caches one UPS token and renews it: at most one request to the token endpoint at a time, ahead of
 * expiry, again after a 401, and never beyond the daily budget. Shared through {@link TokenManagerRegistry}.
 */
public final class TokenManager implements TokenSource {
    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);
    /** After a failed refresh, callers get the same failure for this long instead of hammering the endpoint. */
    static final Duration FAILURE_COOLDOWN = Duration.ofSeconds(1);
    /** Refused credentials will not fix themselves soon; repeating them quickly only burns the daily budget. */
    static final Duration REFUSED_COOLDOWN = Duration.ofMinutes(1);

    private final String clientId;
    private final TokenEndpoint endpoint;
    private final TokenBudget budget;
    private final Duration refreshAhead;
    private final Clock clock;

    private AccessToken current;
    private CompletableFuture<AccessToken> refreshing;
    private RuntimeException lastFailure;
    private Instant lastFailureAt = Instant.MIN;
    private Instant refusalLoggedUntil;
    private long tokenRequests;
    private long failedRequests;
    private long invalidations;

    TokenManager(String clientId, TokenEndpoint endpoint, TokenBudget budget, Duration refreshAhead, Clock clock) {
        this.clientId = clientId;
        this.endpoint = endpoint;
        this.budget = budget;
        this.refreshAhead = refreshAhead;
        this.clock = clock;
    }

    @Override
    public synchronized CompletableFuture<AccessToken> token() {
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.renewAt(refreshAhead))) {
            return CompletableFuture.completedFuture(current);
        }
        boolean stillUsable = current != null && current.usableAt(now);
        CompletableFuture<AccessToken> pending = refreshing;
        if (pending == null) {
            Duration cooldown = lastFailure instanceof UpsAuthenticationException ? REFUSED_COOLDOWN : FAILURE_COOLDOWN;
            if (lastFailure != null && now.isBefore(lastFailureAt.plus(cooldown))) {
                return stillUsable ? CompletableFuture.completedFuture(current) : CompletableFuture.failedFuture(lastFailure);
            }
            if (!budget.tryAcquire()) {
                TokenBudgetExhaustedException refused =
                        new TokenBudgetExhaustedException(clientId, budget.perDay(), budget.resetsAt());
                if (!budget.resetsAt().equals(refusalLoggedUntil)) { // once a day, not once per call
                    refusalLoggedUntil = budget.resetsAt();
                    LOG.warn("UPS token requests refused by the daily budget of {} for client id {} until {}",
                            budget.perDay(), clientId, refusalLoggedUntil);
                }
                return stillUsable ? CompletableFuture.completedFuture(current) : CompletableFuture.failedFuture(refused);
            }
            pending = startRefresh();
        }
        // renewing ahead of expiry: keep serving the old token meanwhile; a copy so no caller can cancel it for all
        return stillUsable ? CompletableFuture.completedFuture(current) : pending.copy();
    }

    /** Called under the lock. The endpoint may answer synchronously, so {@code refreshing} is set first. */
    private CompletableFuture<AccessToken> startRefresh() {
        tokenRequests++;
        CompletableFuture<AccessToken> result = new CompletableFuture<>();
        refreshing = result;
        CompletableFuture<TokenGrant> grant;
        try {
            grant = endpoint.requestToken();
        } catch (RuntimeException e) {
            grant = CompletableFuture.failedFuture(e);
        }
        grant.whenComplete((g, error) -> {
            AccessToken token = null;
            RuntimeException failure = null;
            synchronized (this) {
                refreshing = null;
                if (error == null) {
                    token = toAccessToken(g);
                    current = token;
                    lastFailure = null;
                } else {
                    failure = asRuntime(error);
                    failedRequests++;
                    lastFailure = failure;
                    lastFailureAt = clock.instant();
                }
            }
            if (token != null) {
                LOG.debug("UPS token renewed for client id {}, expires at {}", clientId, token.expiresAt());
                result.complete(token);
            } else {
                LOG.warn("UPS token request failed for client id {}: {}", clientId, failure.getMessage());
                result.completeExceptionally(failure);
            }
        });
        return result;
    }

    private AccessToken toAccessToken(TokenGrant grant) {
        Instant issued = clock.instant();
        return new AccessToken(Secret.of(grant.accessToken()), issued, issued.plus(grant.lifetime()));
    }

    @Override
    public synchronized void invalidate(AccessToken rejected) {
        // many requests may fail with the same stale token; only the first one drops it
        if (current != null && current == rejected) {
            current = null;
            invalidations++;
        }
    }

    public synchronized TokenMetrics metrics() {
        return new TokenMetrics(tokenRequests, budget.usedToday(), budget.perDay(), budget.refusals(),
                failedRequests, invalidations);
    }

    private static RuntimeException asRuntime(Throwable error) {
        Throwable cause = Failures.cause(error);
        if (cause instanceof UpsException upsException) {
            return upsException;
        }
        return new UpsUnavailableException("UPS token request failed: " + cause.getClass().getSimpleName(), 0,
                List.of(), cause);
    }

    @Override
    public String toString() {
        return "TokenManager{clientId=" + clientId + "}";
    }
}
