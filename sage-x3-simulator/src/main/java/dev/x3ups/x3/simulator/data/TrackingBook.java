package dev.x3ups.x3.simulator.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The YSHIPTRK rows of one folder by order number. */
public final class TrackingBook {

    private final TreeMap<String, TrackingRecord> records = new TreeMap<>();

    public synchronized Optional<TrackingRecord> find(String orderNumber) {
        return Optional.ofNullable(records.get(orderNumber));
    }

    /** Stores a new row; false when one exists already. */
    public synchronized boolean insert(TrackingRecord record) {
        return records.putIfAbsent(record.orderNumber(), record) == null;
    }

    public synchronized void replace(TrackingRecord record) {
        records.put(record.orderNumber(), record);
    }

    /** Removes the row; false when there was none. */
    public synchronized boolean delete(String orderNumber) {
        return records.remove(orderNumber) != null;
    }

    public synchronized List<TrackingRecord> all() {
        return new ArrayList<>(records.values());
    }
}
