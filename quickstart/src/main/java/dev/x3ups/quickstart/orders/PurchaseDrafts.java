package dev.x3ups.quickstart.orders;

import dev.x3ups.x3.simulator.data.Item;
import dev.x3ups.x3.simulator.data.MasterData;
import dev.x3ups.x3.simulator.data.PurchaseOrderDraft;
import dev.x3ups.x3.simulator.data.Site;
import dev.x3ups.x3.simulator.data.Supplier;

import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Inbound purchase orders of parcel size: a few units of one to three weighed items from a supplier to
 * one of the warehouses, with the UPS service that serves the lane (Ground within the US, Standard within
 * and between the US and Canada, Worldwide Express overseas). Orders crossing a border get only items with an HS
 * code and a country of origin, as UPS's paperless invoice needs. The simulator's own generator orders pallet
 * quantities, which a real buyer would send by freight rather than by parcel.
 */
final class PurchaseDrafts {

    private static final Set<String> NORTH_AMERICA = Set.of("US", "CA");

    private final MasterData master;
    private final Random random;

    PurchaseDrafts(MasterData master, Random random) {
        this.master = master;
        this.random = random;
    }

    PurchaseOrderDraft next() {
        Supplier supplier = pick(master.suppliers());
        Site site = pick(master.sites());
        PurchaseOrderDraft draft = PurchaseOrderDraft.forSupplier(supplier.code()).receivingSite(site.code())
                .deliveryMode(service(supplier.address().country(), site.address().country()))
                .reference("SUP-" + (1000 + random.nextInt(9000)));
        boolean crossBorder = !supplier.address().country().equals(site.address().country());
        // goods crossing a border travel with a paperless invoice: only items whose master has customs data
        List<Item> weighed = master.items().stream().filter(Item::hasWeight)
                .filter(item -> !crossBorder || item.hasCustomsData()).toList();
        int lines = 1 + random.nextInt(3);
        for (int i = 0; i < lines; i++) {
            draft.line(pick(weighed).code(), 1 + random.nextInt(4));
        }
        return draft;
    }

    static String service(String fromCountry, String toCountry) {
        if ("US".equals(fromCountry) && "US".equals(toCountry)) {
            return "UGND"; // Ground is a US service; within Canada UPS Standard is the ground product
        }
        return NORTH_AMERICA.contains(fromCountry) && NORTH_AMERICA.contains(toCountry) ? "USTD" : "UWEX";
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
