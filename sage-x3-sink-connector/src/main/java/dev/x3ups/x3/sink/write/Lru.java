package dev.x3ups.x3.sink.write;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A synchronized map that forgets its least recently used entries beyond a bound: per-order memory. */
final class Lru {

    private Lru() {
    }

    static <K, V> Map<K, V> map(int maxEntries) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxEntries;
            }
        });
    }
}
