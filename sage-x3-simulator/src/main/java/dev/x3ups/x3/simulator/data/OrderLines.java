package dev.x3ups.x3.simulator.data;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Item-master values every order line carries: stock quantity, unit weight, line weight, dimensions. */
final class OrderLines {

    private OrderLines() {
    }

    /** QTYSTU, ITMWEI, WEU, LINWEI (in {@code orderUnit}), DSPWEU and the Z dimension fields. */
    static Map<String, Object> itemValues(Item item, BigDecimal quantity, WeightUnit orderUnit) {
        BigDecimal qtyStu = quantity.multiply(item.salesToStock());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("QTYSTU", qtyStu);
        v.put("ITMWEI", item.hasWeight() ? item.weight() : BigDecimal.ZERO);
        v.put("WEU", item.hasWeight() ? item.weightUnit().name() : "");
        v.put("LINWEI", item.hasWeight() ? item.weightUnit().convert(qtyStu.multiply(item.weight()), orderUnit)
                : BigDecimal.ZERO);
        v.put("DSPWEU", orderUnit.name());
        v.put("ZLEN", item.hasDimensions() ? item.length() : BigDecimal.ZERO);
        v.put("ZWID", item.hasDimensions() ? item.width() : BigDecimal.ZERO);
        v.put("ZHEI", item.hasDimensions() ? item.height() : BigDecimal.ZERO);
        v.put("ZDIMUOM", item.dimensionUnit());
        return v;
    }
}
