package dev.x3ups.it.e2e;

import dev.x3ups.x3.simulator.admin.GeneratedOrders;
import dev.x3ups.x3.simulator.admin.GeneratorRequest;
import dev.x3ups.x3.simulator.admin.X3Admin;
import dev.x3ups.x3.simulator.data.Item;
import dev.x3ups.x3.simulator.data.MasterData;
import dev.x3ups.x3.simulator.data.OrderRecord;
import dev.x3ups.x3.simulator.data.PurchaseOrderDraft;
import dev.x3ups.x3.simulator.data.Site;
import dev.x3ups.x3.simulator.data.Supplier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Creates orders in the X3 simulator batch by batch, as users would enter them over a day: sales orders from the
 * simulator's generator (its bad share: US address without state, address lines too long, invalid postal code,
 * a line without weight) and parcel-sized purchase orders, a share of them with an item X3 knows no weight for.
 * Every order is given to UPS with a service the lane has, so a good order must ship.
 */
final class OrderFeed {

    private static final Set<String> NORTH_AMERICA = Set.of("US", "CA");

    private final X3Admin admin;
    private final Random random;
    private final List<ExpectedOrder> created = new ArrayList<>();
    private int purchases;

    OrderFeed(X3Admin admin, long seed) {
        this.admin = admin;
        this.random = new Random(seed);
    }

    /** One batch; about {@code badShare} of each kind is unshippable. Returns the batch's orders. */
    synchronized List<ExpectedOrder> createBatch(int sales, int purchase, double badShare) {
        List<ExpectedOrder> batch = new ArrayList<>();
        GeneratedOrders made = admin.generate(new GeneratorRequest(sales, 0, badShare, random.nextLong()));
        Set<String> bad = new HashSet<>(made.bad());
        for (String number : made.sales()) {
            OrderRecord order = admin.salesOrder(number).orElseThrow();
            if (!"UPS".equals(order.text("BPTNUM"))) {
                // customer pickup or another carrier in the generator's mix: this run ships everything with UPS
                String from = site(order.text("STOFCY")).address().country();
                admin.modifySalesOrder(number, Map.of("BPTNUM", "UPS", "MDL", service(from, order.text("BPDCRY"))));
            }
            batch.add(new ExpectedOrder("SALES", number, bad.contains(number)));
        }
        for (int i = 0; i < purchase; i++, purchases++) {
            // counted over the whole run, so small batches still get their share of bad ones
            boolean isBad = Math.floor((purchases + 1) * badShare) > Math.floor(purchases * badShare);
            String number = admin.createPurchaseOrder(purchaseDraft(isBad)).number();
            batch.add(new ExpectedOrder("PURCHASE", number, isBad));
        }
        created.addAll(batch);
        return batch;
    }

    synchronized List<ExpectedOrder> created() {
        return List.copyOf(created);
    }

    /**
     * The UPS delivery mode (X3 MDL) serving a lane: Ground within the US, Standard within or between other North
     * American countries (UPS has no Ground there), Worldwide Express beyond.
     */
    static String service(String fromCountry, String toCountry) {
        if (fromCountry.equals("US") && toCountry.equals("US")) {
            return "UGND";
        }
        return NORTH_AMERICA.contains(fromCountry) && NORTH_AMERICA.contains(toCountry) ? "USTD" : "UWEX";
    }

    private PurchaseOrderDraft purchaseDraft(boolean unweighed) {
        MasterData master = admin.folder().master();
        // UPS e-mails an inbound order's label to the supplier (Electronic Return Label): good orders need its e-mail.
        Supplier supplier = pick(master.suppliers().stream()
                .filter(s -> unweighed || (s.email() != null && !s.email().isBlank())).toList());
        Site site = pick(master.sites());
        PurchaseOrderDraft draft = PurchaseOrderDraft.forSupplier(supplier.code()).receivingSite(site.code())
                .deliveryMode(service(supplier.address().country(), site.address().country()))
                .reference("SUP-" + (1000 + random.nextInt(9000)));
        // Goods crossing a border need an HS code and an origin for the commercial invoice.
        boolean crossBorder = !supplier.address().country().equals(site.address().country());
        List<Item> weighed = master.items().stream().filter(Item::hasWeight)
                .filter(item -> !crossBorder || item.hasCustomsData()).toList();
        int lines = 1 + random.nextInt(3);
        for (int i = 0; i < lines; i++) {
            draft.line(pick(weighed).code(), 1 + random.nextInt(4));
        }
        if (unweighed) {
            draft.line(pick(master.items().stream().filter(item -> !item.hasWeight()).toList()).code(), 1);
        }
        return draft;
    }

    private Site site(String code) {
        return admin.folder().master().site(code).orElseThrow(() -> new IllegalStateException("no site " + code));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
