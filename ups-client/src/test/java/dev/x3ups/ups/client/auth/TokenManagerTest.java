package dev.x3ups.ups.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.client.AccessToken;
import dev.x3ups.testing.MutableClock;
import dev.x3ups.ups.client.UpsUnavailableException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenManagerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final ControlledEndpoint endpoint = new ControlledEndpoint();

    private TokenManager manager(int budget) {
        return new TokenManager("client-a", endpoint, new TokenBudget(budget, clock), Duration.ofMinutes(5), clock);
    }

    @Test
    void hundredConcurrentCallersShareOneTokenRequest() throws Exception {
        TokenManager manager = manager(200);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CompletableFuture<AccessToken>>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                return manager.token();
            }));
        }
        start.countDown();
        List<CompletableFuture<AccessToken>> tokens = new ArrayList<>();
        for (Future<CompletableFuture<AccessToken>> call : calls) {
            tokens.add(call.get(5, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(endpoint.requests).hasSize(1);
        assertThat(tokens).allMatch(t -> !t.isDone());

        endpoint.last().complete(new TokenGrant("abc", Duration.ofHours(1)));

        for (CompletableFuture<AccessToken> t : tokens) {
            assertThat(t.get(1, TimeUnit.SECONDS).bearerHeader()).isEqualTo("Bearer abc");
        }
        assertThat(manager.metrics().tokenRequests()).isEqualTo(1);
    }

    @Test
    void servesTheCachedTokenUntilTheRefreshWindowThenRenewsAheadOfExpiry() throws Exception {
        TokenManager manager = manager(200);
        CompletableFuture<AccessToken> first = manager.token();
        endpoint.last().complete(new TokenGrant("one", Duration.ofSeconds(3600)));
        assertThat(first.get().expiresAt()).isEqualTo(clock.instant().plusSeconds(3600));

        clock.advance(Duration.ofMinutes(54)); // 6 minutes left: still outside the 5-minute window
        assertThat(manager.token().get().bearerHeader()).isEqualTo("Bearer one");
        assertThat(endpoint.requests).hasSize(1);

        clock.advance(Duration.ofMinutes(2)); // 4 minutes left: renew, but keep serving the valid token
        CompletableFuture<AccessToken> during = manager.token();
        assertThat(during.get().bearerHeader()).isEqualTo("Bearer one");
        assertThat(endpoint.requests).hasSize(2);
        manager.token();
        assertThat(endpoint.requests).as("one refresh at a time").hasSize(2);

        endpoint.last().complete(new TokenGrant("two", Duration.ofSeconds(3600)));
        assertThat(manager.token().get().bearerHeader()).isEqualTo("Bearer two");
    }

    @Test
    void refreshAheadIsCappedAtHalfAShortLifetime() throws Exception {
        TokenManager manager = manager(200);
        manager.token();
        endpoint.last().complete(new TokenGrant("short", Duration.ofSeconds(120)));
        clock.advance(Duration.ofSeconds(59));
        manager.token();
        assertThat(endpoint.requests).as("not yet half-way").hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        manager.token();
        assertThat(endpoint.requests).as("half-way through a 2-minute token").hasSize(2);
    }

    @Test
    void expiredTokenMakesCallersWaitForTheNewOne() throws Exception {
        TokenManager manager = manager(200);
        manager.token();
        endpoint.last().complete(new TokenGrant("one", Duration.ofSeconds(600)));
        clock.advance(Duration.ofSeconds(601));
        CompletableFuture<AccessToken> waiting = manager.token();
        assertThat(waiting).isNotDone();
        endpoint.last().complete(new TokenGrant("two", Duration.ofSeconds(600)));
        assertThat(waiting.get().bearerHeader()).isEqualTo("Bearer two");
    }

    @Test
    void invalidationAfterA401RefreshesOnceForAllStaleHolders() throws Exception {
        TokenManager manager = manager(200);
        manager.token();
        endpoint.last().complete(new TokenGrant("stale", Duration.ofHours(1)));
        AccessToken stale = manager.token().get();

        manager.invalidate(stale);
        CompletableFuture<AccessToken> renewed = manager.token();
        manager.invalidate(stale); // a second request that failed with the same token
        manager.token();
        assertThat(endpoint.requests).hasSize(2);
        endpoint.last().complete(new TokenGrant("fresh", Duration.ofHours(1)));
        AccessToken fresh = renewed.get();
        manager.invalidate(stale);
        assertThat(manager.token().get()).isSameAs(fresh);
        assertThat(manager.metrics().invalidations()).isEqualTo(1);
    }

    @Test
    void budgetGuardRefusesWithAClearErrorAndCountsRefusals() throws Exception {
        TokenManager manager = manager(2);
        for (int i = 0; i < 2; i++) {
            CompletableFuture<AccessToken> t = manager.token();
            endpoint.last().complete(new TokenGrant("t" + i, Duration.ofHours(1)));
            manager.invalidate(t.get());
        }
        CompletableFuture<AccessToken> refused = manager.token();
        assertThat(endpoint.requests).hasSize(2);
        assertThatThrownBy(refused::get).cause().isInstanceOf(TokenBudgetExhaustedException.class)
                .hasMessageContaining("budget of 2").hasMessageContaining("client-a")
                .hasMessageContaining("2026-11-28T00:00:00Z");
        TokenMetrics metrics = manager.metrics();
        assertThat(metrics.budgetRefusals()).isEqualTo(1);
        assertThat(metrics.requestsToday()).isEqualTo(2);

        clock.advance(Duration.ofDays(1)); // a new UTC day
        manager.token();
        assertThat(endpoint.requests).hasSize(3);
    }

    @Test
    void aFailedRefreshIsReportedAndNotRepeatedWithinTheCooldown() {
        TokenManager manager = manager(200);
        CompletableFuture<AccessToken> first = manager.token();
        endpoint.last().completeExceptionally(new UpsUnavailableException("down", 503, List.of(), null));
        assertThatThrownBy(first::get).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(UpsUnavailableException.class);
        assertThat(manager.token()).isCompletedExceptionally();
        assertThat(endpoint.requests).hasSize(1);
        clock.advance(Duration.ofSeconds(2));
        manager.token();
        assertThat(endpoint.requests).hasSize(2);
        assertThat(manager.metrics().failedRequests()).isEqualTo(1);
    }

    @Test
    void refusedCredentialsAreNotRetriedForAMinute() {
        TokenManager manager = manager(200);
        manager.token();
        endpoint.last().completeExceptionally(new UpsAuthenticationException("refused", 401, List.of()));
        clock.advance(Duration.ofSeconds(30));
        assertThat(manager.token()).isCompletedExceptionally();
        assertThat(endpoint.requests).hasSize(1);
        clock.advance(Duration.ofSeconds(31));
        manager.token();
        assertThat(endpoint.requests).hasSize(2);
    }

    @Test
    void callersCannotCancelTheSharedRefresh() {
        TokenManager manager = manager(200);
        manager.token().cancel(true);
        CompletableFuture<AccessToken> other = manager.token();
        endpoint.last().complete(new TokenGrant("ok", Duration.ofHours(1)));
        assertThat(other.join().bearerHeader()).isEqualTo("Bearer ok");
    }

    @Test
    void anEndpointThatAnswersAtOnceStillAllowsLaterRefreshes() throws Exception {
        TokenEndpoint immediate = () -> CompletableFuture.completedFuture(new TokenGrant("t", Duration.ofSeconds(600)));
        TokenManager manager = new TokenManager("c", immediate, new TokenBudget(200, clock), Duration.ofMinutes(5), clock);
        assertThat(manager.token().get().bearerHeader()).isEqualTo("Bearer t");
        clock.advance(Duration.ofSeconds(601));
        manager.token().get();
        assertThat(manager.metrics().tokenRequests()).isEqualTo(2);

        TokenEndpoint throwing = () -> {
            throw new IllegalStateException("boom");
        };
        TokenManager failing = new TokenManager("c", throwing, new TokenBudget(200, clock), Duration.ofMinutes(5), clock);
        assertThat(failing.token()).isCompletedExceptionally();
        clock.advance(Duration.ofSeconds(2));
        assertThat(failing.token()).isCompletedExceptionally();
        assertThat(failing.metrics().tokenRequests()).as("a new attempt after the cooldown").isEqualTo(2);
    }

    @Test
    void tokensAreNeverPrinted() throws Exception {
        TokenManager manager = manager(200);
        CompletableFuture<AccessToken> t = manager.token();
        endpoint.last().complete(new TokenGrant("very-secret-token", Duration.ofHours(1)));
        assertThat(t.get().toString()).doesNotContain("very-secret-token");
        assertThat(new TokenGrant("very-secret-token", Duration.ofHours(1)).toString())
                .doesNotContain("very-secret-token");
    }
}
