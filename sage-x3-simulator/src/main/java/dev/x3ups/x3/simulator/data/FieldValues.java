package dev.x3ups.x3.simulator.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Turns loosely typed input (JSON values) into the typed value a field holds, or says why it cannot. */
public final class FieldValues {

    private FieldValues() {
    }

    /** The empty value X3 shows for a field: "" / 0 / null, or a list of those for a dimensioned field. */
    public static Object empty(Field field) {
        Object one = switch (field.type()) {
            case ALPHA -> "";
            case INTEGER, MENU -> 0;
            case DECIMAL -> BigDecimal.ZERO;
            case DATE, DATETIME -> null;
        };
        return field.dimensioned() ? new ArrayList<>(Collections.nCopies(field.dimension(), one)) : one;
    }

    /** Converts a whole field value (a list for dimensioned fields). */
    public static Object coerce(Field field, Object raw) {
        if (!field.dimensioned()) {
            return coerceScalar(field, raw);
        }
        if (!(raw instanceof List<?> list)) {
            throw new InvalidValueException(field.name(), "an array of " + field.dimension() + " values is expected");
        }
        if (list.size() > field.dimension()) {
            throw new InvalidValueException(field.name(), "at most " + field.dimension() + " values are allowed");
        }
        List<Object> out = new ArrayList<>();
        for (Object v : list) {
            out.add(coerceScalar(field, v));
        }
        Object blank = coerceScalar(field, null);
        while (out.size() < field.dimension()) {
            out.add(blank);
        }
        return out;
    }

    /** Converts one element of a field. */
    public static Object coerceScalar(Field field, Object raw) {
        String name = field.name();
        try {
            switch (field.type()) {
                case ALPHA -> {
                    String s = raw == null ? "" : raw.toString();
                    if (raw != null && !(raw instanceof String)) {
                        throw new InvalidValueException(name, "a string is expected");
                    }
                    if (s.length() > field.length()) {
                        throw new InvalidValueException(name, "value too long (" + s.length()
                                + " characters, maximum " + field.length() + ")");
                    }
                    return s;
                }
                case INTEGER, MENU -> {
                    if (raw == null) {
                        return 0;
                    }
                    BigDecimal n = raw instanceof Number ? new BigDecimal(raw.toString()) : new BigDecimal(raw.toString().trim());
                    return n.intValueExact();
                }
                case DECIMAL -> {
                    if (raw == null) {
                        return BigDecimal.ZERO;
                    }
                    return new BigDecimal(raw.toString().trim());
                }
                case DATE -> {
                    if (raw == null || raw.toString().isEmpty()) {
                        return null;
                    }
                    return LocalDate.parse(raw.toString());
                }
                case DATETIME -> {
                    if (raw == null || raw.toString().isEmpty()) {
                        return null;
                    }
                    return Instant.parse(raw.toString()).truncatedTo(ChronoUnit.SECONDS);
                }
                default -> throw new IllegalStateException(field.type().toString());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidValueException(name, "a number is expected");
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, field.type() == FieldType.DATE
                    ? "a date YYYY-MM-DD is expected" : "a datetime YYYY-MM-DDTHH:MM:SSZ is expected");
        }
    }
}
