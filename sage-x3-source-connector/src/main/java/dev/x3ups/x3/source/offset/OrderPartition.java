package dev.x3ups.x3.source.offset;

import dev.x3ups.records.OrderKind;
import java.util.Arrays;
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

    public Map<String, String> toMap() {
        return Map.of(FOLDER, folder, ENTITY, entity.name());
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
