package dev.x3ups.quickstart.orders;

import dev.x3ups.x3.simulator.admin.GeneratedOrders;
import dev.x3ups.x3.simulator.admin.GeneratorRequest;
import dev.x3ups.x3.simulator.admin.X3Admin;
import dev.x3ups.x3.simulator.data.OrderRecord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates realistic orders in the X3 simulator through its generator: sales orders from the three
 * warehouses to customers in five countries, purchase orders from suppliers to the warehouses. Orders the
 * generator gives another carrier (customer pickup, FedEx) are switched to UPS Ground, so every order of
 * the run is one the pipeline must ship.
 */
public final class OrderFactory {

    private static final Map<String, Object> UPS_GROUND = Map.of("MDL", "UGND", "BPTNUM", "UPS");

    private final X3Admin admin;
    private final OrderBook book;
    private long nextSeed;

    public OrderFactory(X3Admin admin, OrderBook book, long seed) {
        this.admin = admin;
        this.book = book;
        this.nextSeed = seed;
    }

    /** Creates {@code count} orders, {@code purchaseShare} of them purchase orders. */
    public synchronized List<OrderRef> create(int count, double purchaseShare, double badShare) {
        int purchase = (int) Math.round(count * purchaseShare);
        GeneratedOrders made = admin.generate(new GeneratorRequest(count - purchase, purchase, badShare, nextSeed++));
        Set<String> bad = new HashSet<>(made.bad());
        List<OrderRef> refs = new ArrayList<>();
        for (String number : made.sales()) {
            OrderRecord order = admin.salesOrder(number).orElseThrow();
            if (!"UPS".equals(order.text("BPTNUM"))) {
                admin.modifySalesOrder(number, UPS_GROUND);
            }
            refs.add(new OrderRef(OrderRef.Kind.SALES, number, bad.contains(number)));
        }
        for (String number : made.purchase()) {
            OrderRecord order = admin.purchaseOrder(number).orElseThrow();
            if (!"UPS".equals(order.text("BPTNUM"))) {
                admin.modifyPurchaseOrder(number, UPS_GROUND);
            }
            refs.add(new OrderRef(OrderRef.Kind.PURCHASE, number, false));
        }
        book.add(refs);
        return refs;
    }
}
