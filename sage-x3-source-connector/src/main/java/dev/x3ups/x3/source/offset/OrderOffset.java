package dev.x3ups.x3.source.offset;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * A position in one partition: the last order handled, as its X3 update timestamp and business key.
 * The key breaks ties between orders sharing a timestamp, so none is skipped or repeated.
 *
 * @param timestamp X3 UPDDATTIM of the last order handled
 * @param key       its business key; empty means "before every order of that timestamp"
 */
public record OrderOffset(Instant timestamp, String key) implements Comparable<OrderOffset> {

    public static final String TIMESTAMP = "timestamp";
    public static final String KEY = "key";

    private static final Comparator<OrderOffset> ORDER =
            Comparator.comparing(OrderOffset::timestamp).thenComparing(OrderOffset::key);

    public OrderOffset {
        Objects.requireNonNull(timestamp, "timestamp");
        key = key == null ? "" : key;
    }

    /** The position before every order updated at or after {@code timestamp}. */
    public static OrderOffset before(Instant timestamp) {
        return new OrderOffset(timestamp, "");
    }

    public Map<String, String> toMap() {
        return Map.of(TIMESTAMP, timestamp.toString(), KEY, key);
    }

    /**
     * Reads an offset map, as stored by Connect or given to {@code PATCH /connectors/{name}/offsets}.
     * The key may be omitted to restart from the beginning of the timestamp.
     *
     * @throws IllegalArgumentException with a message fit for an operator
     */
    public static OrderOffset fromMap(Map<String, ?> map) {
        for (String name : map.keySet()) {
            if (!name.equals(TIMESTAMP) && !name.equals(KEY)) {
                throw new IllegalArgumentException("source offset has unknown key '" + name
                        + "'; only 'timestamp' and 'key' are allowed");
            }
        }
        Object timestamp = map.get(TIMESTAMP);
        if (!(timestamp instanceof String text)) {
            throw new IllegalArgumentException("source offset needs 'timestamp' as an ISO-8601 UTC instant string "
                    + "such as \"2026-01-31T00:00:00Z\", got " + timestamp);
        }
        Object key = map.get(KEY);
        if (key != null && !(key instanceof String)) {
            throw new IllegalArgumentException("source offset 'key' must be a string such as \"SEED:SALES:SO0001\", got "
                    + key);
        }
        try {
            return new OrderOffset(Instant.parse(text.trim()), (String) key);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("source offset 'timestamp' is not an ISO-8601 UTC instant such as "
                    + "\"2026-01-31T00:00:00Z\": '" + text + "'", e);
        }
    }

    @Override
    public int compareTo(OrderOffset other) {
        return ORDER.compare(this, other);
    }

    public boolean isAfter(OrderOffset other) {
        return compareTo(other) > 0;
    }
}
