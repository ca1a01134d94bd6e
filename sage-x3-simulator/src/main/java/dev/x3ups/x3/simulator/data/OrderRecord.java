package dev.x3ups.x3.simulator.data;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of a sales or purchase order: header values by X3 field name (standard and
 * shipping-feed fields alike; representations choose what to show) and its lines.
 */
public final class OrderRecord {

    private final OrderKind kind;
    private final String number;
    private final String uuid;
    private final Map<String, Object> header;
    private final List<OrderLine> lines;

    public OrderRecord(OrderKind kind, String number, String uuid, Map<String, Object> header, List<OrderLine> lines) {
        this.kind = kind;
        this.number = number;
        this.uuid = uuid;
        this.header = Collections.unmodifiableMap(new LinkedHashMap<>(header));
        this.lines = List.copyOf(lines);
    }

    public OrderKind kind() {
        return kind;
    }

    public String number() {
        return number;
    }

    public String uuid() {
        return uuid;
    }

    public Map<String, Object> header() {
        return header;
    }

    public Object get(String field) {
        return header.get(field);
    }

    public String text(String field) {
        Object v = header.get(field);
        return v == null ? "" : v.toString();
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public Instant updated() {
        return (Instant) header.get("UPDDATTIM");
    }

    /** A copy with {@code changes} applied and UPDDATTIM set to {@code now}. */
    public OrderRecord with(Map<String, Object> changes, Instant now) {
        Map<String, Object> next = new LinkedHashMap<>(header);
        next.putAll(changes);
        next.put("UPDDATTIM", now);
        return new OrderRecord(kind, number, uuid, next, lines);
    }

    /** A copy with {@code lines} instead of its own and UPDDATTIM set to {@code now}. */
    public OrderRecord withLines(List<OrderLine> lines, Instant now) {
        Map<String, Object> next = new LinkedHashMap<>(header);
        next.put("UPDDATTIM", now);
        return new OrderRecord(kind, number, uuid, next, lines);
    }

    /** A copy whose only change is UPDDATTIM = {@code now}. */
    public OrderRecord touched(Instant now) {
        return with(Map.of(), now);
    }

    @Override
    public String toString() {
        return kind + " order " + number + " updated " + updated();
    }
}
