package dev.x3ups.x3.source.offset;

import dev.x3ups.records.OrderKind;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A source partition: the orders of one entity (SALES or PURCHASE) in one X3 folder. */
public record OrderPartition(String folder, OrderKind entity) {

    public static final String FOLDER = "folder";
    public static final String ENTITY = "entity";

    public OrderPartition {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(entity, "entity");
    }

    /**
     * Connect stores a partition as the JSON bytes of this map, so key order matters: a map with the
     * same entries in another order is another partition. The order is fixed to the one Connect itself
     * uses when it re-serializes partitions it read back (a default {@code HashMap}: folder, entity), so
     * {@code GET /connectors/{name}/offsets} finds the stored offsets and what it shows can be sent back
     * with {@code PATCH} as is.
     */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(FOLDER, folder);
        map.put(ENTITY, entity.name());
        return Collections.unmodifiableMap(map);
    }

    /** Whether {@code map} lists its keys in the order {@link #toMap()} does. */
    public static boolean inStoredOrder(Map<String, ?> map) {
        return List.copyOf(map.keySet()).equals(List.of(FOLDER, ENTITY));
    }

    /**
     * Reads a partition map, as stored by Connect or given to {@code PATCH /connectors/{name}/offsets}.
     *
     * @throws IllegalArgumentException with a message fit for an operator
     */
    public static OrderPartition fromMap(Map<String, ?> map) {
        if (map == null) {
            throw new IllegalArgumentException("source partition must not be null; expected {\"folder\": \"<X3 folder>\", "
                    + "\"entity\": \"SALES|PURCHASE\"}");
        }
        for (String key : map.keySet()) {
            if (!key.equals(FOLDER) && !key.equals(ENTITY)) {
                throw new IllegalArgumentException("source partition has unknown key '" + key
                        + "'; only 'folder' and 'entity' are allowed");
            }
        }
        if (!(map.get(FOLDER) instanceof String folder) || folder.isBlank()) {
            throw new IllegalArgumentException("source partition needs 'folder' as a non-empty string, got "
                    + map.get(FOLDER));
        }
        if (!(map.get(ENTITY) instanceof String entity)) {
            throw new IllegalArgumentException("source partition needs 'entity' as a string, one of "
                    + Arrays.toString(OrderKind.values()) + ", got " + map.get(ENTITY));
        }
        try {
            return new OrderPartition(folder, OrderKind.valueOf(entity));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("source partition 'entity' must be one of "
                    + Arrays.toString(OrderKind.values()) + ", got '" + entity + "'", e);
        }
    }
}
