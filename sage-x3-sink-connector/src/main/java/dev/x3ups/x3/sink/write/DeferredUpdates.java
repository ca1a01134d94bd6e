package dev.x3ups.x3.sink.write;

import dev.x3ups.records.OrderKey;
import dev.x3ups.x3.sink.intake.OrderUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Updates that were no milestone, kept per order until the order's next write carries them. Least recently
 * used orders are forgotten beyond {@code maxOrders}, and nothing survives a restart: such an update is, by
 * the site's choice, not worth a write of its own.
 */
final class DeferredUpdates {

    private final Map<OrderKey, List<OrderUpdate>> deferred;

    DeferredUpdates(int maxOrders) {
        this.deferred = Lru.map(maxOrders);
    }

    /** The order's deferred updates followed by {@code updates}. */
    List<OrderUpdate> with(OrderKey order, List<OrderUpdate> updates) {
        List<OrderUpdate> earlier = deferred.get(order);
        if (earlier == null) {
            return updates;
        }
        List<OrderUpdate> all = new ArrayList<>(earlier);
        all.addAll(updates);
        return all;
    }

    void defer(OrderKey order, List<OrderUpdate> all) {
        deferred.put(order, List.copyOf(all));
    }

    /** The order's deferred updates reached X3 (or can never): forget them. */
    void done(OrderKey order) {
        deferred.remove(order);
    }
}
