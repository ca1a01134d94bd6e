package dev.x3ups.x3.simulator.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One order line: its stable {@code $uuid} and its values by X3 field name. */
public record OrderLine(String uuid, Map<String, Object> values) {

    public OrderLine {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Object get(String field) {
        return values.get(field);
    }
}
