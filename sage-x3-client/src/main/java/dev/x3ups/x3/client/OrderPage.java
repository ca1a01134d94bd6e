package dev.x3ups.x3.client;

import dev.x3ups.records.Order;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One page of an {@link OrderFeed} walk.
 *
 * @param orders       the page's orders in ascending (revision, number) order
 * @param continuation transport-specific position of the next page ({@code $links.$next.$url} for
 *                     api1, the end cursor for GraphQL), null on the last page
 * @param passedOver   positions of the page's rows the feed did not turn into orders because they hold nothing
 *                     new (the echo of our own write-back, or a revision already read in full), ascending; a
 *                     caller moves its position past them as past the orders
 */
public record OrderPage(List<Order> orders, String continuation, List<Passed> passedOver) {

    /** A row passed over: the order key (as {@link Order#key()}) and its revision at its query position. */
    public record Passed(String key, Instant revision) {
        public Passed {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(revision, "revision");
        }
    }

    public OrderPage {
        orders = List.copyOf(orders);
        passedOver = passedOver == null ? List.of() : List.copyOf(passedOver);
    }

    public OrderPage(List<Order> orders, String continuation) {
        this(orders, continuation, List.of());
    }

    public boolean hasNext() {
        return continuation != null;
    }
}
