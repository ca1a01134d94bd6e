package dev.x3ups.x3.client.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import java.util.Map;

/** Maps an api1 order row ({@code $query} row or {@code $details} record) to an {@link Order}. */
public interface OrderRowMapper {

    OrderKind kind();

    /** X3 field holding the order number, the key of the class. */
    String numberField();

    /** Name of the embedded lines collection in this kind's representations. */
    String linesCollection();

    /**
     * Whether {@code row} carries its lines: the named collection, or failing that any array of
     * objects with an {@code ITMREF}, as a custom representation may name the collection otherwise.
     */
    default boolean hasLines(JsonNode row) {
        return lines(row) != null;
    }

    /** The lines array of {@code row}, or null. */
    default JsonNode lines(JsonNode row) {
        JsonNode named = row.get(linesCollection());
        if (named != null && named.isArray()) {
            return named;
        }
        for (Map.Entry<String, JsonNode> field : row.properties()) {
            JsonNode value = field.getValue();
            if (value.isArray() && !value.isEmpty() && value.get(0).isObject() && value.get(0).has("ITMREF")) {
                return value;
            }
        }
        return null;
    }

    /**
     * @throws IllegalArgumentException when the row lacks the order number or update timestamp
     */
    Order map(String folder, JsonNode row);
}
