package dev.x3ups.x3.simulator.data;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * One X3 folder behind a Syracuse endpoint: reference data, sales and purchase orders, write-back rows,
 * all stamped by the shared server clock.
 */
public final class Folder {

    private final String name;
    private final MasterData master;
    private final SimClock clock;
    private final OrderBook sales = new OrderBook(OrderKind.SALES);
    private final OrderBook purchases = new OrderBook(OrderKind.PURCHASE);
    private final TrackingBook tracking = new TrackingBook();
    private final SalesOrderFactory salesFactory;
    private final PurchaseOrderFactory purchaseFactory;

    public Folder(String name, MasterData master, SimClock clock) {
        this.name = name;
        this.master = master;
        this.clock = clock;
        this.salesFactory = new SalesOrderFactory(master);
        this.purchaseFactory = new PurchaseOrderFactory(master);
    }

    /** Fills the folder with random orders stamped over the three days before the clock's reading. */
    public void seed(long seed, int salesCount, int purchaseCount) {
        OrderGenerator generator = new OrderGenerator(master, new Random(seed));
        Instant end = clock.now();
        Instant start = end.minus(Duration.ofDays(3));
        int total = Math.max(1, salesCount + purchaseCount);
        long step = Duration.between(start, end).getSeconds() / total;
        for (int i = 0; i < salesCount; i++) {
            Instant at = start.plusSeconds(step * i);
            SalesOrderDraft draft = generator.sales();
            sales.create(n -> salesFactory.build(n, draft, at));
        }
        for (int i = 0; i < purchaseCount; i++) {
            Instant at = start.plusSeconds(step * (salesCount + i));
            PurchaseOrderDraft draft = generator.purchase();
            purchases.create(n -> purchaseFactory.build(n, draft, at));
        }
    }

    public String name() {
        return name;
    }

    public MasterData master() {
        return master;
    }

    public SimClock clock() {
        return clock;
    }

    public OrderBook sales() {
        return sales;
    }

    public OrderBook purchases() {
        return purchases;
    }

    public OrderBook orders(OrderKind kind) {
        return kind == OrderKind.SALES ? sales : purchases;
    }

    public TrackingBook tracking() {
        return tracking;
    }

    public OrderRecord createSalesOrder(SalesOrderDraft draft) {
        Instant now = clock.now();
        return sales.create(n -> salesFactory.build(n, draft, now));
    }

    public OrderRecord createPurchaseOrder(PurchaseOrderDraft draft) {
        Instant now = clock.now();
        return purchases.create(n -> purchaseFactory.build(n, draft, now));
    }

    /** Header changes by X3 field name, validated by the class dictionary; bumps UPDDATTIM. */
    public Optional<OrderRecord> modify(OrderKind kind, String number, Map<String, Object> changes) {
        Map<String, Object> typed = kind == OrderKind.SALES ? SalesOrderFactory.coerceOverrides(changes)
                : PurchaseOrderFactory.coerceOverrides(changes);
        return orders(kind).modify(number, typed, clock.now());
    }

    /** Closes the order before delivery: X3's way of cancelling it. */
    public Optional<OrderRecord> close(OrderKind kind, String number) {
        Instant now = clock.now();
        return orders(kind).update(number, o -> Withdrawal.close(o, now));
    }

    /** Closes one line (by its line number, e.g. 1000); the order's other lines stay as they are. */
    public Optional<OrderRecord> closeLine(OrderKind kind, String number, int lineNumber) {
        Instant now = clock.now();
        return orders(kind).update(number, o -> Withdrawal.closeLine(o, lineNumber, now));
    }

    /** Removes one line (by its line number) from the order. */
    public Optional<OrderRecord> removeLine(OrderKind kind, String number, int lineNumber) {
        Instant now = clock.now();
        return orders(kind).update(number, o -> Withdrawal.removeLine(o, lineNumber, now));
    }

    /** Stamps the order as changed now, as an X3 write-back through the order does. */
    public Optional<OrderRecord> touch(OrderKind kind, String number) {
        return touch(kind, number, clock.now());
    }

    /** Stamps the order as changed at {@code at}: the instant of the write-back saved with it. */
    public Optional<OrderRecord> touch(OrderKind kind, String number, Instant at) {
        return orders(kind).modify(number, Map.of(), at);
    }
}
