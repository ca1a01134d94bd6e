package dev.x3ups.ups.tracking.events;

import java.util.concurrent.CompletableFuture;

/**
 * The answer a waiting webhook request gets: completed when Kafka acknowledged the event's record (or when the
 * event needed no record: a duplicate), failed when it could not be written. Events from reconciliation have
 * nobody waiting ({@link #none()}).
 */
public final class Acknowledgement {
    private static final Acknowledgement NONE = new Acknowledgement(null, 0);
    private final CompletableFuture<Void> future;
    private final long receivedNanos;

    private Acknowledgement(CompletableFuture<Void> future, long receivedNanos) {
        this.future = future;
        this.receivedNanos = receivedNanos;
    }

    public static Acknowledgement waiting(long receivedNanos) {
        return new Acknowledgement(new CompletableFuture<>(), receivedNanos);
    }

    public static Acknowledgement none() {
        return NONE;
    }

    public CompletableFuture<Void> future() {
        return future == null ? CompletableFuture.completedFuture(null) : future;
    }

    public long receivedNanos() {
        return receivedNanos;
    }

    /** Returns true when this call completed a waiting request. */
    public boolean complete() {
        return future != null && future.complete(null);
    }

    public void fail(Throwable cause) {
        if (future != null) {
            future.completeExceptionally(cause);
        }
    }
}
