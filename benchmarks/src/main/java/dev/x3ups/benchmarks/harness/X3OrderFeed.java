package dev.x3ups.benchmarks.harness;

import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.simulator.admin.X3Admin;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Creates shippable UPS Ground sales orders in the X3 simulator: US customers, shipped from Atlanta or Reno, so
 * every order of a run is one the pipeline must ship (no order fails for a reason the benchmark is not about).
 * Remembers when each was created, in {@link System#nanoTime()}.
 */
public final class X3OrderFeed {

    private static final String[] CUSTOMERS = {"C0001", "C0002", "C0003", "C0005"};
    private static final String[] SITES = {"ATL", "RNO"};
    private static final String[] ITEMS = {"IT0001", "IT0002"};

    private final X3Admin admin;
    private final LongSupplier clock;
    private final Map<String, Long> createdAt = new ConcurrentHashMap<>();
    private int next;

    public X3OrderFeed(X3Admin admin) {
        this(admin, System::nanoTime);
    }

    X3OrderFeed(X3Admin admin, LongSupplier clock) {
        this.admin = admin;
        this.clock = clock;
    }

    /** Creates one order; returns its key as it appears on every topic. */
    public synchronized String createOne() {
        int i = next++;
        SalesOrderDraft draft = SalesOrderDraft.forCustomer(CUSTOMERS[i % CUSTOMERS.length])
                .address("001")
                .site(SITES[i % SITES.length])
                .deliveryMode("UGND")
                .set("BPTNUM", "UPS")
                .line(ITEMS[i % ITEMS.length], 1 + i % 3);
        String number = admin.createSalesOrder(draft).number();
        String key = Order.key(ConnectorConfigs.X3_FOLDER, OrderKind.SALES, number);
        createdAt.put(key, clock.getAsLong());
        return key;
    }

    public List<String> create(int count) {
        List<String> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(createOne());
        }
        return keys;
    }

    public Map<String, Long> createdAt() {
        return Map.copyOf(createdAt);
    }

    /** The order number part of a key {@code SEED:SALES:SO000001}. */
    public static String number(String key) {
        return key.substring(key.lastIndexOf(':') + 1);
    }
}
