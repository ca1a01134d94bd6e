package dev.x3ups.ups.client.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** Bounds the requests in flight; waiters queue as futures instead of blocking a thread. */
public final class InFlightLimiter {
    private final int max;
    private final Deque<CompletableFuture<Permit>> waiters = new ArrayDeque<>();
    private int inUse;

    public InFlightLimiter(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1");
        }
        this.max = max;
    }

    public CompletableFuture<Permit> acquire() {
        synchronized (this) {
            if (inUse < max) {
                inUse++;
                return CompletableFuture.completedFuture(new Permit());
            }
            CompletableFuture<Permit> waiter = new CompletableFuture<>();
            waiters.add(waiter);
            return waiter;
        }
    }

    public synchronized int inFlight() {
        return inUse;
    }

    public synchronized int queued() {
        return waiters.size();
    }

    private void release() {
        CompletableFuture<Permit> next;
        synchronized (this) {
            next = waiters.poll();
            if (next == null) {
                inUse--;
                return;
            }
        }
        // the permit passes straight to the next waiter; completed outside the lock
        next.complete(new Permit());
    }

    /** One slot; releasing twice is harmless. */
    public final class Permit {
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit() {
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                InFlightLimiter.this.release();
            }
        }
    }
}
