package dev.x3ups.ups.client.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads UPS responses the way they really arrive: a single object where an array is promised,
 * numbers as strings, {@code ""} or {@code " "} for "absent".
 */
public final class Lenient {
    private Lenient() {
    }

    /** The child at {@code field}, or a missing node; never {@code null}. */
    public static JsonNode at(JsonNode parent, String... path) {
        JsonNode node = parent;
        for (String field : path) {
            if (node == null || !node.isObject()) {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
            node = node.path(field);
        }
        return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
    }

    /** Elements of an array, a single object as a one-element list, nothing for missing/null/"". */
    public static List<JsonNode> list(JsonNode parent, String field) {
        return list(at(parent, field));
    }

    public static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(out::add);
        } else if (!(node.isTextual() && node.asText().isBlank())) {
            out.add(node);
        }
        return out;
    }

    /** Text of a scalar; numbers become text; missing, null and blank become {@code null}. */
    public static String text(JsonNode parent, String... path) {
        JsonNode node = at(parent, path);
        if (node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String value = node.asText().trim();
        return value.isEmpty() ? null : value;
    }

    /** A decimal from {@code "12.34"} or {@code 12.34}; {@code null} when absent or not a number. */
    public static BigDecimal decimal(JsonNode parent, String... path) {
        String value = text(parent, path);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A long from {@code "3600"} or {@code 3600}; {@code fallback} when absent or not a number. */
    public static long integer(JsonNode parent, String field, long fallback) {
        BigDecimal value = decimal(parent, field);
        return value == null ? fallback : value.longValue();
    }

    /** Texts of a list of scalars, skipping blanks. */
    public static List<String> texts(JsonNode parent, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : list(parent, field)) {
            if (item.isValueNode() && !item.asText().isBlank()) {
                out.add(item.asText().trim());
            }
        }
        return out;
    }
}
