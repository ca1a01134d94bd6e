package dev.x3ups.x3.simulator.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a new purchase order needs: a supplier, a receiving site and at least one line. */
public final class PurchaseOrderDraft {

    final String supplier;
    String receivingSite = "ATL";
    String deliveryMode = "UGND";
    String reference = "";
    final List<DraftLine> lines = new ArrayList<>();
    final Map<String, Object> overrides = new LinkedHashMap<>();

    private PurchaseOrderDraft(String supplier) {
        this.supplier = supplier;
    }

    public static PurchaseOrderDraft forSupplier(String supplier) {
        return new PurchaseOrderDraft(supplier);
    }

    public PurchaseOrderDraft receivingSite(String code) {
        this.receivingSite = code;
        return this;
    }

    public PurchaseOrderDraft deliveryMode(String code) {
        this.deliveryMode = code;
        return this;
    }

    public PurchaseOrderDraft reference(String reference) {
        this.reference = reference;
        return this;
    }

    public PurchaseOrderDraft line(String item, Number quantity) {
        lines.add(new DraftLine(item, new BigDecimal(quantity.toString())));
        return this;
    }

    public PurchaseOrderDraft set(String field, Object value) {
        overrides.put(field, value);
        return this;
    }

    public String supplier() {
        return supplier;
    }

    public String receivingSite() {
        return receivingSite;
    }

    public List<DraftLine> lines() {
        return List.copyOf(lines);
    }
}
