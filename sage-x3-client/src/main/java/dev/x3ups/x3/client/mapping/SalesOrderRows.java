package dev.x3ups.x3.client.mapping;

import dev.x3ups.records.Address;
import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.ItemMasterConfig;
import java.util.List;

/**
 * Sales order rows of {@code SORDER} or a shipping-feed representation such as {@code YSOSHIP}: the
 * goods leave the shipping site {@code STOFCY} for the customer's delivery address {@code BPD*}. The
 * ship-to phone and e-mail are the delivery address's ({@code BPADDRESS.TEL}/{@code WEB}), which a
 * shipping feed carries as {@code TEL}/{@code WEB} and a standard row does not (the REST feed then
 * completes the row from the customer's address).
 */
public final class SalesOrderRows extends OrderRows {
    /** Header fields of the ship-to contact, as a shipping feed or the completed row carries them. */
    public static final String PHONE = "TEL";
    public static final String EMAIL = "WEB";
    public static final String CONTACT = "CNDNAM";

    private static final PostalFields DELIVERY = new PostalFields("BPDADDLIG", "BPDCTY", "BPDSAT", "BPDPOSCOD", "BPDCRY");
    private static final Layout LAYOUT = new Layout(OrderKind.SALES, "SOHNUM", "SOHSOP", "STOFCY", "BPCORD",
            "ORDINVATI", "ORDSTA", OrderStatusText::ofSalesMenu, "CUSORDREF",
            new OrderLineFields("SOPLIN", "QTY", "DSPLINWEI", "SAUSTUCOE", List.of("SAU", "STU")),
            "DLVSTA", line -> OrderWithdrawal.lineStatusClosed(line.text("SOQSTA")));

    public SalesOrderRows() {
        this(ItemMasterConfig.DEFAULT);
    }

    public SalesOrderRows(ItemMasterConfig items) {
        super(LAYOUT, items);
    }

    @Override
    Address shipFrom(X3Row row) {
        return null; // the shipping site's address is configured in the UPS sink
    }

    @Override
    Address shipTo(X3Row row) {
        List<String> names = row.dimensioned("BPDNAM");
        String name = names.isEmpty() ? null : names.get(0);
        String secondName = names.size() > 1 ? names.get(1) : null;
        String contact = row.text(CONTACT);
        return DELIVERY.address(row,
                name != null ? name : row.dimensioned("BPCNAM", 0),
                contact != null ? contact : secondName,
                row.firstText(PHONE, "BPDTEL"),
                row.firstText(EMAIL, "BPDWEB"));
    }
}
