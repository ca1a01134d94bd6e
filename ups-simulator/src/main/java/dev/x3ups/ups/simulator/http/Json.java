package dev.x3ups.ups.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The one ObjectMapper and the lenient reading helpers UPS payloads need. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Json() {
    }

    public static ObjectNode object() {
        return F.objectNode();
    }

    public static ArrayNode array() {
        return F.arrayNode();
    }

    /** Parses a body; a blank body is an empty object, invalid JSON throws {@link IllegalArgumentException}. */
    public static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return object();
        }
        try {
            return MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("request body is not valid JSON", e);
        }
    }

    /** UPS sends single objects where arrays are declared; treat both (and absence) alike. */
    public static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }

    /** Text of a field, or null when absent; numbers are read as their text. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    public static boolean present(JsonNode node, String field) {
        return node != null && node.has(field) && !node.get(field).isNull();
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
