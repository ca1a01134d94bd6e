package dev.x3ups.x3.client.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.records.OrderLine;
import dev.x3ups.x3.client.ItemMasterConfig;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one order kind keeps its line values. Sales and purchase lines differ only in these field
 * names; item, weights, dimensions, net price and customs data come from the same fields on both (the
 * customs fields are item-master fields, named by {@link ItemMasterConfig}).
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
    List<OrderLine> map(JsonNode lines, ItemMasterConfig items) {
        List<OrderLine> mapped = new ArrayList<>();
        if (lines != null) {
            lines.forEach(line -> mapped.add(line(new X3Row(line), items)));
        }
        return mapped;
    }

    private OrderLine line(X3Row line, ItemMasterConfig items) {
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
                RowFields.dimensions(line),
                line.positive("NETPRI"),
                RowFields.optionalText(line, items.commodityCodeField()),
                CountryCodes.alpha2(RowFields.optionalText(line, items.originCountryField())),
                line.text(ItemMasterConfig.FAMILY_FIELD));
    }
}
