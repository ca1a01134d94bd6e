package dev.x3ups.x3.sink.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.x3.sink.status.OrderTracking;
import dev.x3ups.x3.sink.status.TrackedField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Converts tracked values to and from X3 JSON: dates {@code YYYY-MM-DD}, datetimes
 * {@code YYYY-MM-DDTHH:MM:SSZ}, empty text as {@code ""} (X3 never sends null text), tracking numbers as
 * an array, the exception flag per {@link FlagStyle}.
 */
final class FieldCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FieldMapping mapping;
    private final FlagStyle flagStyle;

    FieldCodec(FieldMapping mapping, FlagStyle flagStyle) {
        this.mapping = mapping;
        this.flagStyle = flagStyle;
    }

    /** Puts the mapped {@code fields} of {@code tracking} into {@code body}, in a stable order. */
    void write(OrderTracking tracking, Collection<TrackedField> fields, ObjectNode body) {
        for (TrackedField field : TrackedField.values()) {
            String name = mapping.name(field);
            if (name != null && fields.contains(field)) {
                body.set(name, encode(field, field.valueOf(tracking)));
            }
        }
    }

    /** Reads the mapped fields of an X3 record; unmapped and absent fields come back empty. */
    OrderTracking read(JsonNode record) {
        List<String> numbers = new ArrayList<>();
        JsonNode array = node(record, TrackedField.TRACKING_NUMBERS);
        if (array != null && array.isArray()) {
            array.forEach(n -> numbers.add(n.asText("")));
        } else if (array != null && array.isTextual()) {
            numbers.add(array.asText());
        }
        return new OrderTracking(numbers, text(record, TrackedField.CARRIER), text(record, TrackedField.STATUS_CODE),
                text(record, TrackedField.STATUS_DESCRIPTION), date(record, TrackedField.SCHEDULED_DELIVERY),
                instant(record, TrackedField.DELIVERED_AT), flag(record), text(record, TrackedField.EXCEPTION_CODE),
                text(record, TrackedField.EXCEPTION_REASON), instant(record, TrackedField.LAST_EVENT_AT),
                text(record, TrackedField.PICKUP), text(record, TrackedField.ORDER_DIGEST));
    }

    private JsonNode encode(TrackedField field, Object value) {
        if (field == TrackedField.EXCEPTION) {
            boolean flag = (Boolean) value;
            return flagStyle == FlagStyle.MENU ? NODES.numberNode(flag ? 2 : 1) : NODES.booleanNode(flag);
        }
        if (value == null) {
            return field == TrackedField.SCHEDULED_DELIVERY || field == TrackedField.DELIVERED_AT
                    || field == TrackedField.LAST_EVENT_AT ? NODES.nullNode() : NODES.textNode("");
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(v -> array.add(String.valueOf(v)));
            return array;
        }
        if (value instanceof LocalDate date) {
            return NODES.textNode(DateTimeFormatter.ISO_LOCAL_DATE.format(date));
        }
        if (value instanceof Instant instant) {
            return NODES.textNode(DateTimeFormatter.ISO_INSTANT.format(instant));
        }
        return NODES.textNode(String.valueOf(value));
    }

    private JsonNode node(JsonNode record, TrackedField field) {
        String name = mapping.name(field);
        JsonNode node = name == null ? null : record.get(name);
        return node == null || node.isNull() ? null : node;
    }

    /** Blank X3 text means "no value". */
    private String text(JsonNode record, TrackedField field) {
        JsonNode node = node(record, field);
        String text = node == null ? null : node.asText();
        return text == null || text.isBlank() ? null : text.strip();
    }

    private boolean flag(JsonNode record) {
        JsonNode node = node(record, TrackedField.EXCEPTION);
        if (node == null) {
            return false;
        }
        return node.isBoolean() ? node.asBoolean() : node.asInt(1) == 2 || "true".equalsIgnoreCase(node.asText());
    }

    private LocalDate date(JsonNode record, TrackedField field) {
        String text = text(record, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Instant instant(JsonNode record, TrackedField field) {
        String text = text(record, field);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
