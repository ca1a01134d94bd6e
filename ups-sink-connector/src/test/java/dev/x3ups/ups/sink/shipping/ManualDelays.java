package dev.x3ups.ups.sink.shipping;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Delays a test ends by hand: every wait asked for is recorded and completes only on {@link #elapse}. */
final class ManualDelays implements Delays {
    private final List<Duration> asked = new ArrayList<>();
    private final List<CompletableFuture<Void>> waiting = new ArrayList<>();

    @Override
    public synchronized CompletableFuture<Void> after(Duration delay) {
        asked.add(delay);
        CompletableFuture<Void> done = new CompletableFuture<>();
        waiting.add(done);
        return done;
    }

    /** Ends the waits pending now (not those they start); returns how many ended. */
    int elapse() {
        List<CompletableFuture<Void>> due;
        synchronized (this) {
            due = new ArrayList<>(waiting);
            waiting.clear();
        }
        due.forEach(f -> f.complete(null));
        return due.size();
    }

    synchronized int pending() {
        return waiting.size();
    }

    synchronized List<Duration> asked() {
        return List.copyOf(asked);
    }
}
