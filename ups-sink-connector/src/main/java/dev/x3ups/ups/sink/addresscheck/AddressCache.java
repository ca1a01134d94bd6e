package dev.x3ups.ups.sink.addresscheck;

import dev.x3ups.ups.client.address.AddressCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * UPS's answers by normalised address, bounded in size (least recently used dropped) and age. Concurrent orders to
 * one address share one call in flight. A failed call is not kept: the next order asks again.
 */
final class AddressCache {
    private final int maxEntries;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<AddressKey, Cached> answers;
    private final Map<AddressKey, CompletableFuture<AddressCheck>> inFlight = new HashMap<>();

    AddressCache(int maxEntries, Duration maxAge, Clock clock) {
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
        this.clock = clock;
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<AddressKey, Cached> eldest) {
                return size() > AddressCache.this.maxEntries;
            }
        };
    }

    /** What the cache can answer at once, or the answer of {@code call} (made here and shared while in flight). */
    Answer get(AddressKey key, Supplier<CompletableFuture<AddressCheck>> call) {
        CompletableFuture<AddressCheck> mine;
        synchronized (this) {
            Cached cached = answers.get(key);
            if (cached != null && cached.at.plus(maxAge).isAfter(clock.instant())) {
                return new Answer(CompletableFuture.completedFuture(cached.check), true);
            }
            if (cached != null) {
                answers.remove(key);
            }
            CompletableFuture<AddressCheck> pending = inFlight.get(key);
            if (pending != null) {
                return new Answer(pending, true);
            }
            mine = new CompletableFuture<>();
            inFlight.put(key, mine);
        }
        CompletableFuture<AddressCheck> sent;
        try {
            sent = call.get();
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((check, error) -> {
            synchronized (this) {
                inFlight.remove(key);
                if (error == null && maxEntries > 0) {
                    answers.put(key, new Cached(check, clock.instant()));
                }
            }
            if (error == null) {
                mine.complete(check);
            } else {
                mine.completeExceptionally(error);
            }
        });
        return new Answer(mine, false);
    }

    synchronized int size() {
        return answers.size();
    }

    /** An answer, and whether it cost no call. */
    record Answer(CompletableFuture<AddressCheck> check, boolean cached) {
    }

    private record Cached(AddressCheck check, Instant at) {
    }
}
