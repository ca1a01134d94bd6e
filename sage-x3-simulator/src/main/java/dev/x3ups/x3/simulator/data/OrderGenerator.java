package dev.x3ups.x3.simulator.data;

import java.util.List;
import java.util.Random;

/** Random valid orders from the master data, and deliberately bad ones; deterministic for a given Random. */
public final class OrderGenerator {

    private static final List<String> WEIGHED_ITEMS = List.of("IT0001", "IT0002", "IT0003", "IT0004", "IT0005",
            "IT0006", "IT0007", "IT0008", "IT0009", "IT0010", "IT0011", "IT0012", "IT0013", "IT0014");

    private final MasterData master;
    private final Random random;

    public OrderGenerator(MasterData master, Random random) {
        this.master = master;
        this.random = random;
    }

    /**
     * A shippable order. Goods leaving the country get only items whose master has customs data, so a
     * paperless invoice can describe them; within a country any weighed item goes.
     */
    public SalesOrderDraft sales() {
        Customer customer = pick(master.customers());
        DeliveryAddress address = pick(customer.deliveryAddresses());
        SalesOrderDraft draft = SalesOrderDraft.forCustomer(customer.code()).address(address.code())
                .customerReference("PO-" + (10000 + random.nextInt(90000)));
        List<String> items = crossesBorder(address) ? customsReady(WEIGHED_ITEMS) : WEIGHED_ITEMS;
        int lines = 1 + random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            draft.line(pick(items), 1 + random.nextInt(5));
        }
        return draft;
    }

    /** The items a commercial invoice can describe. */
    private List<String> customsReady(List<String> codes) {
        return codes.stream().filter(code -> master.item(code).map(Item::hasCustomsData).orElse(false)).toList();
    }

    private boolean crossesBorder(DeliveryAddress address) {
        return master.site(SalesOrderFactory.defaultSite(address.address()))
                .map(site -> !site.address().country().equals(address.address().country())).orElse(false);
    }

    public SalesOrderDraft badSales(BadOrderKind kind) {
        SalesOrderDraft draft;
        switch (kind) {
            case US_ADDRESS_WITHOUT_STATE -> {
                draft = usCustomerDraft();
                draft.set("BPDSAT", "");
            }
            case ADDRESS_LINE_TOO_LONG -> {
                draft = sales();
                // Three long lines: more text than UPS's 3 x 35 holds even when re-flowed at word boundaries.
                draft.set("BPDADDLIG", List.of("Unit 12, Riverside Industrial Estate, Gate 7 Rear",
                        "Building 4, Loading Dock B, Attention Goods-In", "Kingsway Business Park, Oldgate Road North Side"));
            }
            case INVALID_POSTAL_CODE -> {
                draft = usCustomerDraft();
                draft.set("BPDPOSCOD", "3O3O3");
            }
            case LINE_WITHOUT_WEIGHT -> {
                draft = sales();
                draft.line(random.nextBoolean() ? "IT0015" : "IT0016", 1);
            }
            case GOODS_WITHOUT_HS_CODE -> {
                List<Customer> abroad = master.customers().stream()
                        .filter(c -> crossesBorder(c.deliveryAddresses().get(0))).toList();
                Customer c = pick(abroad);
                draft = SalesOrderDraft.forCustomer(c.code()).address(c.deliveryAddresses().get(0).code())
                        .line(pick(customsReady(WEIGHED_ITEMS)), 1 + random.nextInt(3))
                        .line(pick(master.items().stream().filter(i -> i.hasWeight() && i.commodityCode().isBlank())
                                .map(Item::code).toList()), 1);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        return draft;
    }

    public BadOrderKind anyBadKind() {
        BadOrderKind[] kinds = BadOrderKind.values();
        return kinds[random.nextInt(kinds.length)];
    }

    public PurchaseOrderDraft purchase() {
        Supplier supplier = pick(master.suppliers());
        Site site = pick(master.sites());
        PurchaseOrderDraft draft = PurchaseOrderDraft.forSupplier(supplier.code())
                .receivingSite(site.code())
                .reference("SUP-" + (1000 + random.nextInt(9000)));
        List<String> items = site.address().country().equals(supplier.address().country()) ? WEIGHED_ITEMS
                : customsReady(WEIGHED_ITEMS);
        int lines = 1 + random.nextInt(3);
        for (int i = 0; i < lines; i++) {
            draft.line(pick(items), 5 + random.nextInt(50));
        }
        return draft;
    }

    private SalesOrderDraft usCustomerDraft() {
        List<Customer> us = master.customers().stream()
                .filter(c -> "US".equals(c.deliveryAddresses().get(0).address().country())).toList();
        Customer c = pick(us);
        return SalesOrderDraft.forCustomer(c.code()).address(c.deliveryAddresses().get(0).code())
                .line(pick(WEIGHED_ITEMS), 1 + random.nextInt(3));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
