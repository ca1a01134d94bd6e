package dev.x3ups.x3.sink.write;

import dev.x3ups.records.OrderKey;
import dev.x3ups.x3.sink.status.OrderState;
import java.util.Map;

/**
 * What X3 holds for each order this task has seen since it started: read once from X3 (or created by this
 * task), then kept up to date with every successful write. Least recently used orders are forgotten beyond
 * {@code maxOrders}; they are met again as unknown orders when they come back ({@link FirstWrite}).
 */
public final class KnownStates {

    /** An order's state and whether X3 has a record for it. */
    public record Known(boolean exists, OrderState state) {
    }

    private final Map<OrderKey, Known> states;

    public KnownStates(int maxOrders) {
        this.states = Lru.map(maxOrders);
    }

    /** Null when the order must be read from X3 first. */
    public Known get(OrderKey order) {
        return states.get(order);
    }

    public void put(OrderKey order, Known known) {
        states.put(order, known);
    }

    public int size() {
        return states.size();
    }

    public void clear() {
        states.clear();
    }
}
