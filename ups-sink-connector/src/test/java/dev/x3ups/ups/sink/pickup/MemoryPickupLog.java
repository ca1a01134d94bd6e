package dev.x3ups.ups.sink.pickup;

import dev.x3ups.records.PickupRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code ups.pickups} in memory: what a restarted task reads back is what was appended. */
final class MemoryPickupLog implements PickupLog {
    final List<PickupRecord> appended = new ArrayList<>();
    final List<String> removed = new ArrayList<>();

    @Override
    public synchronized Map<String, PickupRecord> readAll() {
        Map<String, PickupRecord> latest = new LinkedHashMap<>();
        appended.forEach(r -> latest.put(r.key(), r));
        removed.forEach(latest::remove); // a day is never written again after its tombstone
        return latest;
    }

    @Override
    public synchronized void remove(String key) {
        removed.add(key);
    }

    @Override
    public synchronized void append(PickupRecord record) {
        appended.add(record);
    }

    /** The states written for one key, in order. */
    synchronized List<String> states(String key) {
        return appended.stream().filter(r -> r.key().equals(key)).map(r -> r.state().name()).toList();
    }

    @Override
    public void close() {
    }
}
