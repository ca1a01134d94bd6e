package dev.x3ups.x3.simulator.api1;

import dev.x3ups.x3.simulator.data.OrderLine;
import dev.x3ups.x3.simulator.data.OrderRecord;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import java.util.List;
import java.util.Map;

/** One record of a class as api1 serves it: uuid, key, header values and (for orders) lines. */
public record Api1Resource(String uuid, String key, Map<String, Object> values, List<OrderLine> lines) {

    public static Api1Resource of(OrderRecord order) {
        return new Api1Resource(order.uuid(), order.number(), order.header(), order.lines());
    }

    public static Api1Resource of(TrackingRecord record) {
        return new Api1Resource(record.uuid(), record.orderNumber(), record.values(), List.of());
    }

    public Object etag() {
        return values.get("UPDDATTIM");
    }
}
