package dev.x3ups.x3.client.mapping;

import dev.x3ups.records.Address;
import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.ItemMasterConfig;
import java.util.List;

/**
 * Purchase order rows of {@code PORDER} or a shipping-feed representation such as {@code YPOSHIP}: an
 * inbound shipment from the supplier's ship-from address {@code BPO*} to the receiving site
 * {@code RCPFCY} at the receiving address {@code BPA*}/{@code CTY}... The supplier's phone and e-mail
 * ({@code BPADDRESS.TEL}/{@code WEB} of its address) come as {@code YBPOTEL}/{@code YBPOWEB}, from a
 * shipping feed or from the REST feed's completion of a standard row.
 */
public final class PurchaseOrderRows extends OrderRows {
    public static final String SUPPLIER_PHONE = "YBPOTEL";
    public static final String SUPPLIER_EMAIL = "YBPOWEB";

    private static final PostalFields SHIP_FROM = new PostalFields("BPOADDLIG", "BPOCTY", "BPOSAT", "BPOPOSCOD", "BPOCRY");
    private static final PostalFields RECEIPT = new PostalFields("BPAADDLIG", "CTY", "SAT", "POSCOD", "CRY");
    private static final Layout LAYOUT = new Layout(OrderKind.PURCHASE, "POHNUM", "POHPOP", "RCPFCY", "BPSNUM",
            "TOTORD", "CLEFLG", OrderStatusText::ofClosedFlag, "ORDREF",
            new OrderLineFields("POPLIN", "QTYPUU", "QTYWEU", "PUUSTUCOE", List.of("PUU", "UOM", "STU")),
            "RCPFLG", line -> OrderWithdrawal.closedFlag(line.text("LINCLEFLG"))
                    || OrderWithdrawal.lineStatusClosed(line.text("LINSTA")));

    public PurchaseOrderRows() {
        this(ItemMasterConfig.DEFAULT);
    }

    public PurchaseOrderRows(ItemMasterConfig items) {
        super(LAYOUT, items);
    }

    @Override
    Address shipFrom(X3Row row) {
        List<String> names = row.dimensioned("BPONAM");
        String name = names.isEmpty() || names.get(0) == null ? row.text("BPRNAM") : names.get(0);
        return SHIP_FROM.address(row, name,
                names.size() > 1 ? names.get(1) : null,
                row.text(SUPPLIER_PHONE),
                row.text(SUPPLIER_EMAIL));
    }

    @Override
    Address shipTo(X3Row row) {
        List<String> names = row.dimensioned("BPANAM");
        return RECEIPT.address(row,
                names.isEmpty() ? null : names.get(0),
                names.size() > 1 ? names.get(1) : null,
                row.text("YRCPTEL"),
                row.text("YRCPWEB"));
    }
}
