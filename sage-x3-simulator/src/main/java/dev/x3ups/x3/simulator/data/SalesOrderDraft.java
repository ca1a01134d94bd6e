package dev.x3ups.x3.simulator.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a new sales order needs: a customer and at least one line. Everything else defaults from the
 * customer's delivery address; {@link #set} overrides any header field by its X3 name.
 */
public final class SalesOrderDraft {

    final String customer;
    String addressCode;
    String site;
    String deliveryMode;
    String customerReference = "";
    final List<DraftLine> lines = new ArrayList<>();
    final Map<String, Object> overrides = new LinkedHashMap<>();

    private SalesOrderDraft(String customer) {
        this.customer = customer;
    }

    public static SalesOrderDraft forCustomer(String customer) {
        return new SalesOrderDraft(customer);
    }

    public SalesOrderDraft address(String code) {
        this.addressCode = code;
        return this;
    }

    public SalesOrderDraft site(String code) {
        this.site = code;
        return this;
    }

    public SalesOrderDraft deliveryMode(String code) {
        this.deliveryMode = code;
        return this;
    }

    public SalesOrderDraft customerReference(String reference) {
        this.customerReference = reference;
        return this;
    }

    public SalesOrderDraft line(String item, Number quantity) {
        lines.add(new DraftLine(item, new BigDecimal(quantity.toString())));
        return this;
    }

    /** Overrides a header field (e.g. {@code BPDADDLIG} with a list, {@code BPDSAT} with a string). */
    public SalesOrderDraft set(String field, Object value) {
        overrides.put(field, value);
        return this;
    }

    public String customer() {
        return customer;
    }

    public List<DraftLine> lines() {
        return List.copyOf(lines);
    }
}
