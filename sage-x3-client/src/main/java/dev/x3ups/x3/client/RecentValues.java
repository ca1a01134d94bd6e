package dev.x3ups.x3.client;

import dev.x3ups.client.Lru;
import java.util.Map;

/**
 * A bounded memory of one value per key, the least recently used forgotten first. Used for "what did we see
 * last time for this order": forgetting only costs a read or an emission that memory would have saved.
 */
public final class RecentValues<V> {

    private final Map<String, V> values;

    public RecentValues(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.values = Lru.map(capacity);
    }

    /** The value remembered for {@code key}, or null. */
    public V get(String key) {
        return values.get(key);
    }

    public void put(String key, V value) {
        values.put(key, value);
    }

    public int size() {
        return values.size();
    }
}
