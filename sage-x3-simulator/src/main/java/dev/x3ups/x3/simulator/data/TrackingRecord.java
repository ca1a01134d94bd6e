package dev.x3ups.x3.simulator.data;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One YSHIPTRK row: tracking numbers, carrier status and exception of an order, by X3 field name. */
public record TrackingRecord(String uuid, Map<String, Object> values) {

    public TrackingRecord {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String orderNumber() {
        return (String) values.get(TrackingFields.KEY);
    }

    public Object get(String field) {
        return values.get(field);
    }

    public Instant updated() {
        return (Instant) values.get("UPDDATTIM");
    }
}
