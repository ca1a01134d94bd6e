package dev.x3ups.ups.client.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Token bucket of {@code burst} permits refilled at {@code permitsPerSecond}. Callers beyond the bucket
 * reserve future permits (the count goes negative) and are completed by the scheduler, never by sleeping.
 */
public final class TokenBucketRateLimiter {
    private final double permitsPerNano;
    private final double burst;
    private final LongSupplier nanoTime;
    private final ScheduledExecutorService scheduler;
    private double permits;
    private long refilledAt;
    private long pausedUntil;

    public TokenBucketRateLimiter(double permitsPerSecond, int burst, ScheduledExecutorService scheduler) {
        this(permitsPerSecond, burst, System::nanoTime, scheduler);
    }

    TokenBucketRateLimiter(double permitsPerSecond, int burst, LongSupplier nanoTime, ScheduledExecutorService scheduler) {
        if (!(permitsPerSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("rate must be > 0 and burst >= 1");
        }
        this.permitsPerNano = permitsPerSecond / 1e9;
        this.burst = burst;
        this.nanoTime = nanoTime;
        this.scheduler = scheduler;
        this.refilledAt = nanoTime.getAsLong();
        this.permits = burst;
        this.pausedUntil = refilledAt;
    }

    /** Completes when the caller may send. */
    public CompletableFuture<Void> acquire() {
        long waitNanos = reserveNanos();
        if (waitNanos <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        try {
            scheduler.schedule(() -> ready.complete(null), waitNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            ready.completeExceptionally(closed);
        }
        return ready;
    }

    /** Takes one permit and returns how long the caller must wait for it, in nanoseconds. */
    synchronized long reserveNanos() {
        long now = nanoTime.getAsLong();
        permits = Math.min(burst, permits + (now - refilledAt) * permitsPerNano);
        refilledAt = now;
        permits -= 1;
        long wait = permits >= 0 ? 0 : (long) Math.ceil(-permits / permitsPerNano);
        return Math.max(wait, pausedUntil - now);
    }

    /** UPS said "slow down" (429): nobody sends before {@code pause} has passed. */
    public synchronized void pause(Duration pause) {
        long until = nanoTime.getAsLong() + pause.toNanos();
        pausedUntil = Math.max(pausedUntil, until);
    }
}
