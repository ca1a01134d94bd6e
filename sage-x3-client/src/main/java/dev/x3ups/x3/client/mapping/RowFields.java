package dev.x3ups.x3.client.mapping;

import dev.x3ups.records.Dimensions;
import java.math.BigDecimal;

/** Field conventions shared by the sales and purchase row mappers. */
final class RowFields {

    private RowFields() {
    }

    static Dimensions dimensions(X3Row line) {
        BigDecimal length = line.positive("ZLEN");
        BigDecimal width = line.positive("ZWID");
        BigDecimal height = line.positive("ZHEI");
        String unit = line.text("ZDIMUOM");
        if (length == null || width == null || height == null || unit == null) {
            return null;
        }
        return new Dimensions(length, width, height, unit);
    }

    static int lineNumber(X3Row line, String field) {
        BigDecimal number = line.decimal(field);
        return number == null ? 0 : number.intValue();
    }

    static String country(String code) {
        return code == null ? "" : code; // kept empty so the UPS sink reports the missing country
    }

    /** Text of {@code field}, or null when the field is not configured (null) or blank. */
    static String optionalText(X3Row row, String field) {
        return field == null ? null : row.text(field);
    }

    static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("X3 row has no " + what);
        }
        return value;
    }
}
