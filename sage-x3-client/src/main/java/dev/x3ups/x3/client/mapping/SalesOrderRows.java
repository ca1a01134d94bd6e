package dev.x3ups.x3.client.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.records.Address;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import java.time.Instant;
import java.util.List;

/**
 * Sales order rows of {@code SORDER} or a shipping-feed representation such as {@code YSOSHIP}: the
 * goods leave the shipping site {@code STOFCY} for the customer's delivery address {@code BPD*}.
 */
public final class SalesOrderRows implements OrderRowMapper {
    private static final PostalFields DELIVERY = new PostalFields("BPDADDLIG", "BPDCTY", "BPDSAT", "BPDPOSCOD", "BPDCRY");
    private static final OrderLineFields LINES = new OrderLineFields("SOPLIN", "QTY", "DSPLINWEI", "SAUSTUCOE",
            List.of("SAU", "STU"));

    @Override
    public OrderKind kind() {
        return OrderKind.SALES;
    }

    @Override
    public String numberField() {
        return "SOHNUM";
    }

    @Override
    public String linesCollection() {
        return "SOHSOP";
    }

    @Override
    public Order map(String folder, JsonNode node) {
        X3Row row = new X3Row(node);
        String number = RowFields.require(row.text("SOHNUM"), "SOHNUM");
        Instant revision = RowFields.require(row.instant("UPDDATTIM"), "UPDDATTIM of sales order " + number);
        return new Order(OrderKind.SALES, folder, number,
                row.text("STOFCY"),
                revision,
                row.text("BPCORD"),
                null, // the shipping site's address is configured in the UPS sink
                shipTo(row),
                LINES.map(lines(node)),
                row.decimal("ORDINVATI"),
                row.text("CUR"),
                row.text("MDL"),
                row.text("BPTNUM"),
                OrderStatusText.ofSalesMenu(row.text("ORDSTA")),
                row.text("CUSORDREF"));
    }

    private static Address shipTo(X3Row row) {
        List<String> names = row.dimensioned("BPDNAM");
        String name = names.isEmpty() ? null : names.get(0);
        String secondName = names.size() > 1 ? names.get(1) : null;
        String contact = row.text("CNDNAM");
        return DELIVERY.address(row,
                name != null ? name : row.dimensioned("BPCNAM", 0),
                contact != null ? contact : secondName,
                row.firstText("TEL", "BPDTEL"),
                row.firstText("WEB", "BPDWEB"));
    }
}
