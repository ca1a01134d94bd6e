package dev.x3ups.ups.tracking.events;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event keys seen lately, in least-recently-seen order, at most {@code capacity} of them (about 150 bytes
 * each). A key evicted from here is still caught by {@link ShipmentProgress} when it is not newer than the
 * package's last event; the window catches exact repeats (UPS duplicates, late delivery photos) cheaply.
 * Not thread-safe: the task's poll thread owns it.
 */
public final class DedupeWindow {
    private final LinkedHashMap<EventKey, Boolean> seen;

    public DedupeWindow(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1");
        }
        this.seen = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<EventKey, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Records the key; returns false when it was already in the window (a duplicate). */
    public boolean firstTime(EventKey key) {
        return seen.put(key, Boolean.TRUE) == null;
    }

    public int size() {
        return seen.size();
    }
}
