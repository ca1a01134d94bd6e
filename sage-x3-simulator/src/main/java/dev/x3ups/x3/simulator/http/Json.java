package dev.x3ups.x3.simulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The one ObjectMapper and small helpers around it. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a body; {@link BadRequestException} when it is not JSON. */
    public static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text == null || text.isBlank() ? "{}" : text);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("request body is not valid JSON");
        }
    }

    /** A JSON object body as a map of plain Java values (String, Number, Boolean, List, Map). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readObject(String text) {
        JsonNode node = read(text);
        if (!node.isObject()) {
            throw new BadRequestException("request body must be a JSON object");
        }
        return MAPPER.convertValue(node, Map.class);
    }
}
