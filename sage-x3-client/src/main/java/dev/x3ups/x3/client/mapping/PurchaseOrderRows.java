package dev.x3ups.x3.client.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.records.Address;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import java.time.Instant;
import java.util.List;

/**
 * Purchase order rows of {@code PORDER} or a shipping-feed representation such as {@code YPOSHIP}: an
 * inbound shipment from the supplier's ship-from address {@code BPO*} to the receiving site
 * {@code RCPFCY} at the receiving address {@code BPA*}/{@code CTY}...
 */
public final class PurchaseOrderRows implements OrderRowMapper {
    private static final PostalFields SHIP_FROM = new PostalFields("BPOADDLIG", "BPOCTY", "BPOSAT", "BPOPOSCOD", "BPOCRY");
    private static final PostalFields RECEIPT = new PostalFields("BPAADDLIG", "CTY", "SAT", "POSCOD", "CRY");
    private static final OrderLineFields LINES = new OrderLineFields("POPLIN", "QTYPUU", "QTYWEU", "PUUSTUCOE",
            List.of("PUU", "UOM", "STU"));

    @Override
    public OrderKind kind() {
        return OrderKind.PURCHASE;
    }

    @Override
    public String numberField() {
        return "POHNUM";
    }

    @Override
    public String linesCollection() {
        return "POHPOP";
    }

    @Override
    public Order map(String folder, JsonNode node) {
        X3Row row = new X3Row(node);
        String number = RowFields.require(row.text("POHNUM"), "POHNUM");
        Instant revision = RowFields.require(row.instant("UPDDATTIM"), "UPDDATTIM of purchase order " + number);
        return new Order(OrderKind.PURCHASE, folder, number,
                row.text("RCPFCY"),
                revision,
                row.text("BPSNUM"),
                shipFrom(row),
                shipTo(row),
                LINES.map(lines(node)),
                row.decimal("TOTORD"),
                row.text("CUR"),
                row.text("MDL"),
                row.text("BPTNUM"),
                OrderStatusText.ofClosedFlag(row.text("CLEFLG")),
                row.text("ORDREF"));
    }

    private static Address shipFrom(X3Row row) {
        List<String> names = row.dimensioned("BPONAM");
        String name = names.isEmpty() || names.get(0) == null ? row.text("BPRNAM") : names.get(0);
        return SHIP_FROM.address(row, name,
                names.size() > 1 ? names.get(1) : null,
                row.text("YBPOTEL"),
                row.text("YBPOWEB"));
    }

    private static Address shipTo(X3Row row) {
        List<String> names = row.dimensioned("BPANAM");
        return RECEIPT.address(row,
                names.isEmpty() ? null : names.get(0),
                names.size() > 1 ? names.get(1) : null,
                row.text("YRCPTEL"),
                row.text("YRCPWEB"));
    }
}
