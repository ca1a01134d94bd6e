package dev.x3ups.x3.client.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads fields of an X3 row by their dictionary names, whatever way the endpoint serialises them:
 * numbers as JSON numbers or strings, empty text as {@code ""} or null, dimensioned fields as an
 * array or as {@code NAME_1, NAME_2, ...} (or {@code NAME_0...}) keys. Unknown keys are ignored.
 */
public final class X3Row {
    private final JsonNode node;

    public X3Row(JsonNode node) {
        this.node = node;
    }

    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** Trimmed text, or null when absent or blank. */
    public String text(String field) {
        return clean(node.get(field));
    }

    /** The first of {@code fields} that has a non-blank value, or null. */
    public String firstText(String... fields) {
        for (String field : fields) {
            String value = text(field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A decimal, or null when absent, blank or not a number. */
    public BigDecimal decimal(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String text = clean(value);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A decimal that is strictly positive, else null: X3 writes 0 for "unknown". */
    public BigDecimal positive(String field) {
        BigDecimal value = decimal(field);
        return value != null && value.signum() > 0 ? value : null;
    }

    /** A datetime in UTC; a value without zone is taken as UTC, as X3 stores it. */
    public Instant instant(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /**
     * The values of a dimensioned field in index order, blanks kept in place: from an array
     * {@code FIELD: [...]} or from indexed keys {@code FIELD_1, FIELD_2...} (either base).
     */
    public List<String> dimensioned(String field) {
        JsonNode array = node.get(field);
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(element -> values.add(clean(element)));
            return values;
        }
        if (array != null && !array.isNull() && !array.isContainerNode()) {
            values.add(clean(array)); // an endpoint that sends only the first element flat
            return values;
        }
        Pattern indexed = Pattern.compile(Pattern.quote(field) + "_(\\d+)");
        Map<Integer, String> byIndex = new TreeMap<>();
        node.properties().forEach(entry -> {
            Matcher matcher = indexed.matcher(entry.getKey());
            if (matcher.matches()) {
                byIndex.put(Integer.parseInt(matcher.group(1)), clean(entry.getValue()));
            }
        });
        values.addAll(byIndex.values());
        return values;
    }

    /** Element {@code index} (0-based) of a dimensioned field, or null. */
    public String dimensioned(String field, int index) {
        List<String> values = dimensioned(field);
        return index < values.size() ? values.get(index) : null;
    }

    /** Rows of an embedded collection, or null when the row has no such collection. */
    public List<X3Row> collection(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            return null;
        }
        List<X3Row> rows = new ArrayList<>();
        value.forEach(element -> rows.add(new X3Row(element)));
        return rows;
    }

    private static String clean(JsonNode value) {
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
