package dev.x3ups.quickstart.orders;

import java.util.List;

/** The orders of this run, in creation order. */
public interface OrderBook {

    void add(List<OrderRef> created);

    List<OrderRef> all();
}
