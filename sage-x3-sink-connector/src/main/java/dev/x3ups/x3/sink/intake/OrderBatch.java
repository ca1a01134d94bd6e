package dev.x3ups.x3.sink.intake;

import dev.x3ups.records.OrderKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * The records of one {@code put()} grouped by order, so that everything for one order coalesces
 * into one write; the records are kept to report them if the order's write is rejected.
 */
public final class OrderBatch {

    private final Map<OrderKey, List<OrderUpdate>> updates = new LinkedHashMap<>();
    private final Map<OrderKey, List<SinkRecord>> records = new LinkedHashMap<>();

    public void add(SinkRecord record, OrderUpdate update) {
        updates.computeIfAbsent(update.order(), o -> new ArrayList<>()).add(update);
        records.computeIfAbsent(update.order(), o -> new ArrayList<>()).add(record);
    }

    public Map<OrderKey, List<OrderUpdate>> updatesByOrder() {
        return updates;
    }

    public List<SinkRecord> records(OrderKey order) {
        return records.getOrDefault(order, List.of());
    }

    /** Updates beyond the first per order: each one saved a write. */
    public int coalesced() {
        return updates.values().stream().mapToInt(u -> u.size() - 1).sum();
    }

    public boolean isEmpty() {
        return updates.isEmpty();
    }
}
