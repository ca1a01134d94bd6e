package dev.x3ups.x3.simulator.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the lines of a new order the way X3 fills them in from the item master, with their totals. */
final class OrderLineFactory {

    /** The lines, their total weight in the site's weight unit and their amount before tax. */
    record Built(List<OrderLine> lines, BigDecimal totalWeight, BigDecimal amount) {
    }

    private final MasterData master;
    private final LineFields fields;

    OrderLineFactory(MasterData master, LineFields fields) {
        this.master = master;
        this.fields = fields;
    }

    /**
     * @param status the order class's own line fields (status, dates), the same on every line
     * @throws IllegalArgumentException when a line names an unknown item
     */
    Built build(String orderNumber, List<DraftLine> drafts, WeightUnit siteUnit, Map<String, Object> status) {
        List<OrderLine> lines = new ArrayList<>();
        BigDecimal totalWeight = BigDecimal.ZERO;
        BigDecimal amount = BigDecimal.ZERO;
        for (int i = 0; i < drafts.size(); i++) {
            DraftLine draft = drafts.get(i);
            Item item = master.item(draft.item())
                    .orElseThrow(() -> new IllegalArgumentException("unknown item " + draft.item()));
            Map<String, Object> line = new LinkedHashMap<>();
            line.put(fields.number(), (i + 1) * 1000);
            line.put(fields.sequence(), 1);
            line.put("ITMREF", item.code());
            line.put("ITMDES1", item.description());
            line.put(fields.quantity(), draft.quantity());
            line.put(fields.unit(), item.salesUnit());
            line.put(fields.unitToStock(), item.salesToStock());
            line.put("STU", item.stockUnit());
            line.put("NETPRI", item.price());
            line.putAll(status);
            line.putAll(itemValues(item, draft.quantity(), siteUnit));
            lines.add(new OrderLine(UUID.nameUUIDFromBytes((orderNumber + "/" + i).getBytes()).toString(), line));
            totalWeight = totalWeight.add((BigDecimal) line.get(fields.lineWeight()));
            amount = amount.add(draft.quantity().multiply(item.price()));
        }
        return new Built(lines, totalWeight, amount);
    }

    /** QTYSTU, ITMWEI, WEU, the line weight (in {@code siteUnit}), DSPWEU and the Z dimension fields. */
    private Map<String, Object> itemValues(Item item, BigDecimal quantity, WeightUnit siteUnit) {
        BigDecimal qtyStu = quantity.multiply(item.salesToStock());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("QTYSTU", qtyStu);
        v.put("ITMWEI", item.hasWeight() ? item.weight() : BigDecimal.ZERO);
        v.put("WEU", item.hasWeight() ? item.weightUnit().name() : "");
        v.put(fields.lineWeight(), item.hasWeight()
                ? item.weightUnit().convert(qtyStu.multiply(item.weight()), siteUnit) : BigDecimal.ZERO);
        v.put("DSPWEU", siteUnit.name());
        v.put("ZLEN", item.hasDimensions() ? item.length() : BigDecimal.ZERO);
        v.put("ZWID", item.hasDimensions() ? item.width() : BigDecimal.ZERO);
        v.put("ZHEI", item.hasDimensions() ? item.height() : BigDecimal.ZERO);
        v.put("ZDIMUOM", item.dimensionUnit());
        return v;
    }
}
