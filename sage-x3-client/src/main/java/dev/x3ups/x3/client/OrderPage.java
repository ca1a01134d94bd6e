package dev.x3ups.x3.client;

import dev.x3ups.records.Order;
import java.util.List;

/**
 * One page of an {@link OrderFeed} walk.
 *
 * @param orders       the page's orders in ascending (revision, number) order
 * @param continuation transport-specific position of the next page ({@code $links.$next.$url} for
 *                     api1, the end cursor for GraphQL), null on the last page
 */
public record OrderPage(List<Order> orders, String continuation) {
    public OrderPage {
        orders = List.copyOf(orders);
    }

    public boolean hasNext() {
        return continuation != null;
    }
}
