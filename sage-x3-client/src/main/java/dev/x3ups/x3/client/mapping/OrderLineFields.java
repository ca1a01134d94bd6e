package dev.x3ups.x3.client.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.records.OrderLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one order kind keeps its line values. Sales and purchase lines differ only in these field
 * names; item, weights and dimensions come from the same item-master fields on both.
 *
 * @param lineNumber   line number field ({@code SOPLIN}, {@code POPLIN})
 * @param quantity     ordered quantity in the order unit
 * @param lineWeight   X3 line weight in the order's weight unit {@code DSPWEU}
 * @param orderToStock stock units per order unit
 * @param orderUnits   the order unit, then its fallbacks, first non-blank wins
 */
record OrderLineFields(String lineNumber, String quantity, String lineWeight, String orderToStock,
                       List<String> orderUnits) {

    /** The mapped lines of a lines array, none when {@code lines} is null. */
    List<OrderLine> map(JsonNode lines) {
        List<OrderLine> mapped = new ArrayList<>();
        if (lines != null) {
            lines.forEach(line -> mapped.add(line(new X3Row(line))));
        }
        return mapped;
    }

    private OrderLine line(X3Row line) {
        BigDecimal ordered = line.decimal(quantity);
        LineWeight weight = LineWeight.of(ordered,
                line.decimal(lineWeight), line.text("DSPWEU"),
                line.decimal("ITMWEI"), line.text("WEU"),
                line.decimal("QTYSTU"), line.decimal(orderToStock));
        return new OrderLine(
                RowFields.lineNumber(line, lineNumber),
                line.text("ITMREF"),
                line.firstText("ITMDES1", "ITMDES"),
                ordered,
                line.firstText(orderUnits.toArray(String[]::new)),
                weight.unitWeight(), weight.lineWeight(), weight.unit(),
                RowFields.dimensions(line));
    }
}
