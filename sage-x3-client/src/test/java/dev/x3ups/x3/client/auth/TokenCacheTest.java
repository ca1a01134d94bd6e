package dev.x3ups.x3.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.client.AccessToken;
import dev.x3ups.client.Secret;
import dev.x3ups.testing.MutableClock;
import dev.x3ups.x3.client.X3TransientException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TokenCacheTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:00:00Z"));
    private final AtomicInteger fetches = new AtomicInteger();

    private AccessToken fiveMinuteToken() {
        int n = fetches.incrementAndGet();
        Instant now = clock.instant();
        return new AccessToken(Secret.of("token-" + n), now, now.plus(Duration.ofMinutes(5)));
    }

    @Test
    void reusesTheTokenUntilItIsDueAndRenewsAheadOfExpiry() throws Exception {
        TokenCache cache = new TokenCache(this::fiveMinuteToken, clock, Duration.ofSeconds(60));

        assertThat(cache.current().value().reveal()).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(239));
        assertThat(cache.current().value().reveal()).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(1)); // 60 s before expiry
        assertThat(cache.current().value().reveal()).isEqualTo("token-2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aShortLivedTokenIsRenewedHalfWayNotOnEveryCall() throws Exception {
        TokenCache cache = new TokenCache(() -> {
            fetches.incrementAndGet();
            return new AccessToken(Secret.of("t"), clock.instant(), clock.instant().plusSeconds(40));
        }, clock, Duration.ofSeconds(60));

        cache.current();
        clock.advance(Duration.ofSeconds(19));
        cache.current();
        assertThat(fetches).hasValue(1);
        clock.advance(Duration.ofSeconds(1));
        cache.current();
        assertThat(fetches).hasValue(2);
    }

    @Test
    void refusalDropsOnlyTheTokenThatWasRefused() throws Exception {
        TokenCache cache = new TokenCache(this::fiveMinuteToken, clock, Duration.ofSeconds(60));
        cache.current();

        cache.refused("some-older-token");
        assertThat(cache.current().value().reveal()).isEqualTo("token-1");
        cache.refused("token-1");
        assertThat(cache.current().value().reveal()).isEqualTo("token-2");
        cache.refused("token-1"); // a late 401 for the old token must not throw the new one away
        assertThat(cache.current().value().reveal()).isEqualTo("token-2");
    }

    @Test
    void concurrentCallersShareOneRenewal() throws Exception {
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TokenCache cache = new TokenCache(() -> {
            fetching.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new X3TransientException("interrupted", 0, e);
            }
            return fiveMinuteToken();
        }, clock, Duration.ofSeconds(60));
        List<Thread> threads = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
            Thread thread = new Thread(r);
            threads.add(thread);
            return thread;
        });
        try {
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(cache::current));
            }
            fetching.await();
            // the other seven wait on the lock while the first one renews
            await().atMost(Duration.ofSeconds(5)).until(() -> threads.stream()
                    .filter(t -> t.getState() == Thread.State.BLOCKED).count() == 7);
            release.countDown();
            for (Future<AccessToken> result : results) {
                assertThat(result.get().value().reveal()).isEqualTo("token-1");
            }
            assertThat(fetches).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
