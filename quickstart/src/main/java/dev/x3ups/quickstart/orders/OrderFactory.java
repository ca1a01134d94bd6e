package dev.x3ups.quickstart.orders;

import dev.x3ups.x3.simulator.admin.GeneratedOrders;
import dev.x3ups.x3.simulator.admin.GeneratorRequest;
import dev.x3ups.x3.simulator.admin.X3Admin;
import dev.x3ups.x3.simulator.data.OrderRecord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Creates realistic orders in the X3 simulator: sales orders through its generator, from the three
 * warehouses to customers in five countries (sales orders it gives another carrier, such as customer
 * pickup, are switched to UPS Ground, so every order of the run is one the pipeline must ship), and
 * parcel-sized purchase orders from suppliers to the warehouses ({@link PurchaseDrafts}).
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
        long seed = nextSeed++;
        GeneratedOrders made = admin.generate(new GeneratorRequest(count - purchase, 0, badShare, seed));
        Set<String> bad = new HashSet<>(made.bad());
        List<OrderRef> refs = new ArrayList<>();
        for (String number : made.sales()) {
            OrderRecord order = admin.salesOrder(number).orElseThrow();
            if (!"UPS".equals(order.text("BPTNUM"))) {
                admin.modifySalesOrder(number, UPS_GROUND);
            }
            refs.add(new OrderRef(OrderRef.Kind.SALES, number, bad.contains(number)));
        }
        PurchaseDrafts drafts = new PurchaseDrafts(admin.folder().master(), new Random(seed));
        for (int i = 0; i < purchase; i++) {
            String number = admin.createPurchaseOrder(drafts.next()).number();
            refs.add(new OrderRef(OrderRef.Kind.PURCHASE, number, false));
        }
        book.add(refs);
        return refs;
    }
}
