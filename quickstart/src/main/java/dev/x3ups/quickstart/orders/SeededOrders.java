package dev.x3ups.quickstart.orders;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Thread-safe {@link OrderBook}: arrivals add while the progress printer reads. */
public final class SeededOrders implements OrderBook {

    private final List<OrderRef> orders = new CopyOnWriteArrayList<>();

    @Override
    public void add(List<OrderRef> created) {
        orders.addAll(created);
    }

    @Override
    public List<OrderRef> all() {
        return List.copyOf(orders);
    }
}
