package dev.x3ups.x3.simulator.api1;

import dev.x3ups.x3.simulator.data.MasterDataFields;
import dev.x3ups.x3.simulator.data.PurchaseOrderFields;
import dev.x3ups.x3.simulator.data.SalesOrderFields;
import dev.x3ups.x3.simulator.data.TrackingFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The classes and representations this X3 publishes on api1. */
public final class Representations {

    public static final String SALES_CLASS = "SORDER";
    public static final String PURCHASE_CLASS = "PORDER";
    public static final String TRACKING_CLASS = "YSHIPTRK";
    public static final String SITE_CLASS = "FACILITY";
    public static final String CUSTOMER_CLASS = "BPCUSTOMER";
    public static final String SUPPLIER_CLASS = "BPSUPPLIER";
    public static final String ITEM_CLASS = "ITMMASTER";

    private static final Map<String, String> SALES_REFS = Map.of("BPCORD", "customer", "SALFCY", "site",
            "STOFCY", "site", "MDL", "deliveryMode", "BPTNUM", "carrier", "CUR", "currency");
    private static final Map<String, String> PURCHASE_REFS = Map.of("BPSNUM", "supplier", "POHFCY", "site",
            "RCPFCY", "site", "MDL", "deliveryMode", "BPTNUM", "carrier", "CUR", "currency");

    private final List<Representation> all = List.of(
            new Representation("SORDER", SALES_CLASS, SalesOrderFields.KEY, SalesOrderFields.HEADER, false,
                    SalesOrderFields.LINES, SalesOrderFields.LINE, SALES_REFS, false),
            new Representation("YSOSHIP", SALES_CLASS, SalesOrderFields.KEY, SalesOrderFields.HEADERS.all(), true,
                    SalesOrderFields.LINES, SalesOrderFields.LINE, SALES_REFS, false),
            new Representation("PORDER", PURCHASE_CLASS, PurchaseOrderFields.KEY, PurchaseOrderFields.HEADER, false,
                    PurchaseOrderFields.LINES, PurchaseOrderFields.LINE, PURCHASE_REFS, false),
            new Representation("YPOSHIP", PURCHASE_CLASS, PurchaseOrderFields.KEY, PurchaseOrderFields.HEADERS.all(),
                    true, PurchaseOrderFields.LINES, PurchaseOrderFields.LINE, PURCHASE_REFS, false),
            new Representation("YSHIPTRK", TRACKING_CLASS, TrackingFields.KEY, TrackingFields.ALL, false,
                    null, List.of(), Map.of(), true),
            new Representation("FACILITY", SITE_CLASS, "FCY", MasterDataFields.FACILITY, false, null, List.of(),
                    Map.of(), false),
            new Representation("BPCUSTOMER", CUSTOMER_CLASS, "BPCNUM", MasterDataFields.CUSTOMER, false, "BPADDRESS",
                    MasterDataFields.CUSTOMER_ADDRESS, Map.of(), false),
            new Representation("BPSUPPLIER", SUPPLIER_CLASS, "BPSNUM", MasterDataFields.SUPPLIER, false, null,
                    List.of(), Map.of(), false),
            new Representation("ITMMASTER", ITEM_CLASS, "ITMREF", MasterDataFields.ITEM, false, null, List.of(),
                    Map.of(), false));

    public boolean knowsClass(String className) {
        return all.stream().anyMatch(r -> r.className().equals(className));
    }

    public Optional<Representation> find(String className, String representation) {
        return all.stream().filter(r -> r.className().equals(className) && r.name().equals(representation))
                .findFirst();
    }

    public boolean exists(String representation) {
        return all.stream().anyMatch(r -> r.name().equals(representation));
    }
}
