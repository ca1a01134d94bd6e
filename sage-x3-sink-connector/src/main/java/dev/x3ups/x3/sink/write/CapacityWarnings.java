package dev.x3ups.x3.sink.write;

import dev.x3ups.records.OrderKey;
import java.util.Collections;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says once per order (while the task remembers the order, at most {@code maxOrders}) that X3 gets
 * only the first tracking numbers of an order with more packages than its field holds. A warning,
 * not an error or an exception flag: the order is fine, the X3 field is just too small.
 */
public final class CapacityWarnings {

    private static final Logger LOG = LoggerFactory.getLogger(CapacityWarnings.class);

    private final int capacity;
    private final Set<OrderKey> warned;

    public CapacityWarnings(int capacity, int maxOrders) {
        this.capacity = capacity;
        this.warned = Collections.newSetFromMap(Lru.map(maxOrders));
    }

    /** Warns when {@code numbers} exceeds the capacity and this order was not warned about yet; true if it did. */
    public boolean check(OrderKey order, int numbers) {
        if (numbers <= capacity || !warned.add(order)) {
            return false;
        }
        LOG.warn("Order {} has {} tracking numbers but the X3 tracking-number field holds {}: writing the first {} in "
                + "package order (x3.target.tracking.numbers.max)", order, numbers, capacity, capacity);
        return true;
    }
}
