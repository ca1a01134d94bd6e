package dev.x3ups.x3.simulator.api1;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.x3.simulator.data.Field;
import dev.x3ups.x3.simulator.data.FieldValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Writes field values as api1 JSON: numbers as numbers, dates and datetimes as text, dimensions by style. */
public final class RowWriter {

    private final DimensionStyle style;

    public RowWriter(DimensionStyle style) {
        this.style = style;
    }

    public void write(ObjectNode target, Map<String, Object> values, List<Field> fields) {
        for (Field f : fields) {
            Object v = values.containsKey(f.name()) ? values.get(f.name()) : FieldValues.empty(f);
            if (f.dimensioned()) {
                List<?> list = v instanceof List<?> l ? l : List.of();
                if (style == DimensionStyle.ARRAY) {
                    ArrayNode array = target.putArray(f.name());
                    for (int i = 0; i < f.dimension(); i++) {
                        addTo(array, i < list.size() ? list.get(i) : null, f);
                    }
                } else {
                    for (int i = 0; i < f.dimension(); i++) {
                        put(target, f.name() + "_" + (i + 1), i < list.size() ? list.get(i) : null, f);
                    }
                }
            } else {
                put(target, f.name(), v, f);
            }
        }
    }

    private static void put(ObjectNode target, String name, Object v, Field f) {
        if (v == null) {
            Object empty = FieldValues.coerceScalar(f, null);
            if (empty == null) {
                target.putNull(name);
                return;
            }
            v = empty;
        }
        if (v instanceof BigDecimal d) {
            target.put(name, d);
        } else if (v instanceof Integer i) {
            target.put(name, i);
        } else if (v instanceof Number n) {
            target.put(name, new BigDecimal(n.toString()));
        } else if (v instanceof Instant || v instanceof LocalDate) {
            target.put(name, v.toString());
        } else {
            target.put(name, v.toString());
        }
    }

    private static void addTo(ArrayNode array, Object v, Field f) {
        ObjectNode holder = array.objectNode();
        put(holder, "v", v, f);
        array.add(holder.get("v"));
    }
}
