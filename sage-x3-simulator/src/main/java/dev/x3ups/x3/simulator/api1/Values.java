package dev.x3ups.x3.simulator.api1;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Compares X3 values across the types a where clause mixes (a date literal against a datetime field...). */
public final class Values {

    private Values() {
    }

    public static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Number && b instanceof Number) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
        }
        if (a instanceof Instant || b instanceof Instant) {
            Instant x = toInstant(a);
            Instant y = toInstant(b);
            if (x != null && y != null) {
                return x.compareTo(y);
            }
        }
        if (a instanceof LocalDate || b instanceof LocalDate) {
            LocalDate x = toDate(a);
            LocalDate y = toDate(b);
            if (x != null && y != null) {
                return x.compareTo(y);
            }
        }
        if (a instanceof Number || b instanceof Number) {
            try {
                return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
            } catch (NumberFormatException e) {
                return a.toString().compareTo(b.toString());
            }
        }
        return a.toString().compareTo(b.toString());
    }

    private static Instant toInstant(Object v) {
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof LocalDate d) {
            return d.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            return Instant.parse(v.toString());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate toDate(Object v) {
        if (v instanceof LocalDate d) {
            return d;
        }
        try {
            return LocalDate.parse(v.toString());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** How a value is written in a {@code key=} position and in JSON text. */
    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }
}
