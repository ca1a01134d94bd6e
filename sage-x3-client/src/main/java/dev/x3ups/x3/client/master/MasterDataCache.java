package dev.x3ups.x3.client.master;

import dev.x3ups.x3.client.X3Exception;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reference data read from X3 once and reused: bounded (least recently used goes first) and aged (a
 * value older than the maximum age is read again, so a corrected item master reaches the orders within
 * that time). "X3 has no such record" is remembered too, so an unknown item is not asked for on every
 * order. Thread-safe; a miss reads outside the lock, so two callers may read the same key once each.
 */
public final class MasterDataCache<V> {

    /** Reads one record; empty when X3 does not know the key. */
    @FunctionalInterface
    public interface Loader<V> {
        Optional<V> load(String key) throws X3Exception;
    }

    private record Entry<V>(Optional<V> value, Instant readAt) {
    }

    private final int maxEntries;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<String, Entry<V>> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    public MasterDataCache(int maxEntries, Duration maxAge, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<V>> eldest) {
                return size() > MasterDataCache.this.maxEntries;
            }
        };
    }

    /** The value of {@code key}, read with {@code loader} when not remembered or too old. */
    public Optional<V> get(String key, Loader<V> loader) throws X3Exception {
        Instant now = clock.instant();
        synchronized (entries) {
            Entry<V> entry = entries.get(key);
            if (entry != null && !now.isAfter(entry.readAt().plus(maxAge))) {
                hits.incrementAndGet();
                return entry.value();
            }
        }
        misses.incrementAndGet();
        Optional<V> value = loader.load(key);
        synchronized (entries) {
            entries.put(key, new Entry<>(value, now));
        }
        return value;
    }

    /** Lookups answered from memory. */
    public long hits() {
        return hits.get();
    }

    /** Lookups that read X3. */
    public long misses() {
        return misses.get();
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
