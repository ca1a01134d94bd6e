package dev.x3ups.x3.simulator.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The orders of one kind in one folder, by order number; numbers are handed out in sequence. */
public final class OrderBook {

    private final OrderKind kind;
    private final TreeMap<String, OrderRecord> orders = new TreeMap<>();
    private int lastNumber;

    public OrderBook(OrderKind kind) {
        this.kind = kind;
    }

    public OrderKind kind() {
        return kind;
    }

    /** Builds and stores a new order under the next number. */
    public synchronized OrderRecord create(Function<String, OrderRecord> builder) {
        String number = kind.prefix() + String.format("%06d", lastNumber + 1);
        OrderRecord order = builder.apply(number);
        lastNumber++;
        orders.put(number, order);
        return order;
    }

    public synchronized Optional<OrderRecord> find(String number) {
        return Optional.ofNullable(orders.get(number));
    }

    /** Applies header changes and stamps UPDDATTIM; empty when the order does not exist. */
    public synchronized Optional<OrderRecord> modify(String number, Map<String, Object> changes, Instant now) {
        OrderRecord current = orders.get(number);
        if (current == null) {
            return Optional.empty();
        }
        OrderRecord next = current.with(changes, now);
        orders.put(number, next);
        return Optional.of(next);
    }

    /** Replaces the order with {@code change} of it; empty when the order does not exist. */
    public synchronized Optional<OrderRecord> update(String number, UnaryOperator<OrderRecord> change) {
        OrderRecord current = orders.get(number);
        if (current == null) {
            return Optional.empty();
        }
        OrderRecord next = change.apply(current);
        orders.put(number, next);
        return Optional.of(next);
    }

    public synchronized List<OrderRecord> all() {
        return new ArrayList<>(orders.values());
    }

    public synchronized int size() {
        return orders.size();
    }
}
