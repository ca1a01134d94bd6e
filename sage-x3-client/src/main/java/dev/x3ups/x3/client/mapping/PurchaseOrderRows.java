package dev.x3ups.x3.client.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.records.Address;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.OrderLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Purchase order rows of {@code PORDER} or a shipping-feed representation such as {@code YPOSHIP}: an
 * inbound shipment from the supplier's ship-from address {@code BPO*} to the receiving site
 * {@code RCPFCY} at the receiving address {@code BPA*}/{@code CTY}...
 */
public final class PurchaseOrderRows implements OrderRowMapper {

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
                orderLines(node),
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
        return new Address(name,
                names.size() > 1 ? names.get(1) : null,
                row.text("YBPOTEL"),
                row.text("YBPOWEB"),
                AddressLines.of(row.dimensioned("BPOADDLIG")),
                row.text("BPOCTY"),
                row.text("BPOSAT"),
                row.text("BPOPOSCOD"),
                RowFields.country(row.text("BPOCRY")),
                false);
    }

    private static Address shipTo(X3Row row) {
        List<String> names = row.dimensioned("BPANAM");
        return new Address(
                names.isEmpty() ? null : names.get(0),
                names.size() > 1 ? names.get(1) : null,
                row.text("YRCPTEL"),
                row.text("YRCPWEB"),
                AddressLines.of(row.dimensioned("BPAADDLIG")),
                row.text("CTY"),
                row.text("SAT"),
                row.text("POSCOD"),
                RowFields.country(row.text("CRY")),
                false);
    }

    private List<OrderLine> orderLines(JsonNode node) {
        JsonNode lines = lines(node);
        List<OrderLine> mapped = new ArrayList<>();
        if (lines != null) {
            lines.forEach(line -> mapped.add(line(new X3Row(line))));
        }
        return mapped;
    }

    private static OrderLine line(X3Row line) {
        BigDecimal quantity = line.decimal("QTYPUU");
        LineWeight weight = LineWeight.of(quantity,
                line.decimal("QTYWEU"), line.text("DSPWEU"),
                line.decimal("ITMWEI"), line.text("WEU"),
                line.decimal("QTYSTU"), line.decimal("PUUSTUCOE"));
        return new OrderLine(
                RowFields.lineNumber(line, "POPLIN"),
                line.text("ITMREF"),
                line.firstText("ITMDES1", "ITMDES"),
                quantity,
                line.firstText("PUU", "UOM", "STU"),
                weight.unitWeight(), weight.lineWeight(), weight.unit(),
                RowFields.dimensions(line));
    }
}
