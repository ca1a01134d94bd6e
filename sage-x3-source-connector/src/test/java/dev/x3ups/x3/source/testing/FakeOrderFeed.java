package dev.x3ups.x3.source.testing;

import dev.x3ups.records.Address;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.OrderFeed;
import dev.x3ups.x3.client.OrderPage;
import dev.x3ups.x3.client.OrderSelection;
import dev.x3ups.x3.client.X3Exception;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory X3 order table that pages like api1 over a live table: each page re-queries the rows
 * after the previous page's last (revision, number), so changes between pages show up as in X3.
 */
public final class FakeOrderFeed implements OrderFeed {

    private final Map<String, Order> rows = new LinkedHashMap<>();
    private final Set<String> echoes = new HashSet<>();
    private final Deque<X3Exception> failures = new ArrayDeque<>();
    private final List<Instant> firstPageSince = new ArrayList<>();
    public final AtomicInteger calls = new AtomicInteger();
    private X3Exception accessFailure;
    private boolean closed;

    public static Order order(OrderKind kind, String number, Instant revision) {
        Address shipTo = new Address("ACME " + number, null, null, null, List.of("1 Main St"), "Atlanta", "GA",
                "30301", "US", false);
        return new Order(kind, "SEED", number, "ATL01", revision, "C001", null, shipTo, List.of(), null, null,
                null, "UPS", "OPEN", null);
    }

    /** Creates or replaces an order (same key) as X3 would on save. */
    public synchronized FakeOrderFeed put(Order order) {
        rows.put(order.key(), order);
        return this;
    }

    /** Saves an order the way our own write-back does: the feed reports its row as passed over, not as an order. */
    public synchronized FakeOrderFeed echo(Order order) {
        rows.put(order.key(), order);
        echoes.add(order.key());
        return this;
    }

    /** The next call fails with {@code failure}. */
    public synchronized FakeOrderFeed failNext(X3Exception failure) {
        failures.add(failure);
        return this;
    }

    public synchronized FakeOrderFeed failAccess(X3Exception failure) {
        accessFailure = failure;
        return this;
    }

    public synchronized List<Instant> firstPageSince() {
        return List.copyOf(firstPageSince);
    }

    public synchronized boolean closed() {
        return closed;
    }

    @Override
    public synchronized OrderPage firstPage(OrderKind kind, Instant since, OrderSelection selection, int pageSize)
            throws X3Exception {
        failIfAsked();
        firstPageSince.add(since);
        return page(new Cursor(kind, since, pageSize, null, null));
    }

    @Override
    public synchronized OrderPage nextPage(OrderPage previous) throws X3Exception {
        failIfAsked();
        return page(Cursor.parse(previous.continuation()));
    }

    @Override
    public synchronized void checkAccess() throws X3Exception {
        calls.incrementAndGet();
        if (accessFailure != null) {
            throw accessFailure;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void failIfAsked() throws X3Exception {
        calls.incrementAndGet();
        X3Exception failure = failures.poll();
        if (failure != null) {
            throw failure;
        }
    }

    private OrderPage page(Cursor cursor) {
        List<Order> matching = rows.values().stream()
                .filter(o -> o.kind() == cursor.kind && !o.revision().isBefore(cursor.since))
                .filter(o -> cursor.afterRevision == null || o.revision().isAfter(cursor.afterRevision)
                        || (o.revision().equals(cursor.afterRevision) && o.number().compareTo(cursor.afterNumber) > 0))
                .sorted(Comparator.comparing(Order::revision).thenComparing(Order::number))
                .toList();
        List<Order> page = matching.subList(0, Math.min(cursor.pageSize, matching.size()));
        List<Order> orders = page.stream().filter(o -> !echoes.contains(o.key())).toList();
        List<OrderPage.Passed> passed = page.stream().filter(o -> echoes.contains(o.key()))
                .map(o -> new OrderPage.Passed(o.key(), o.revision())).toList();
        if (matching.size() <= cursor.pageSize) {
            return new OrderPage(orders, null, passed);
        }
        Order last = page.get(page.size() - 1);
        return new OrderPage(orders, new Cursor(cursor.kind, cursor.since, cursor.pageSize, last.revision(),
                last.number()).toString(), passed);
    }

    private record Cursor(OrderKind kind, Instant since, int pageSize, Instant afterRevision, String afterNumber) {
        static Cursor parse(String text) {
            String[] parts = text.split("\\|");
            return new Cursor(OrderKind.valueOf(parts[0]), Instant.parse(parts[1]), Integer.parseInt(parts[2]),
                    Instant.parse(parts[3]), parts[4]);
        }

        @Override
        public String toString() {
            return kind + "|" + since + "|" + pageSize + "|" + afterRevision + "|" + afterNumber;
        }
    }
}
