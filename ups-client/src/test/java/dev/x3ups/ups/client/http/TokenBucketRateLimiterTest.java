package dev.x3ups.ups.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenBucketRateLimiterTest {
    private final AtomicLong now = new AtomicLong(0);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void burstIsFreeThenCallersReserveEvenlySpacedSlots() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(10, 3, now::get, scheduler);
        assertThat(limiter.reserveNanos()).isZero();
        assertThat(limiter.reserveNanos()).isZero();
        assertThat(limiter.reserveNanos()).isZero();
        assertThat(limiter.reserveNanos()).isEqualTo(100_000_000L);
        assertThat(limiter.reserveNanos()).isEqualTo(200_000_000L);
    }

    @Test
    void refillsWithTimeButNeverBeyondTheBurst() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(10, 2, now::get, scheduler);
        limiter.reserveNanos();
        limiter.reserveNanos();
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(limiter.reserveNanos()).isZero();
        assertThat(limiter.reserveNanos()).isZero();
        assertThat(limiter.reserveNanos()).isEqualTo(100_000_000L);
    }

    @Test
    void pauseHoldsEveryoneBackAfterA429() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(10, 5, now::get, scheduler);
        limiter.pause(Duration.ofSeconds(2));
        assertThat(limiter.reserveNanos()).isEqualTo(2_000_000_000L);
        now.addAndGet(Duration.ofSeconds(3).toNanos());
        assertThat(limiter.reserveNanos()).isZero();
    }

    @Test
    void acquireCompletesOnTheSchedulerAtTheConfiguredRate() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(5, 1, scheduler);
        long start = System.nanoTime();
        List<CompletableFuture<Void>> permits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            permits.add(limiter.acquire());
        }
        assertThat(permits.get(0)).isDone();
        assertThat(permits.get(5)).isNotDone();
        await().atMost(Duration.ofSeconds(5)).until(() -> permits.stream().allMatch(CompletableFuture::isDone));
        // 5 reserved slots at 5/s = 1 s at least
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(990));
    }
}
