package dev.x3ups.x3.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded memory of one value per key, the least recently used forgotten first. Used for "what did we see
 * last time for this order": forgetting only costs a read or an emission that memory would have saved.
 * Not thread-safe: each owner is used by one task thread.
 */
public final class RecentValues<V> {

    private final Map<String, V> values;

    public RecentValues(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
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
