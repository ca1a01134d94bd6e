package dev.x3ups.ups.tracking.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** UPS's {@code yyyyMMdd} / {@code HHmmss} / {@code -05.00} strings, parsed leniently: blank or bad is null. */
public final class UpsTimes {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    private UpsTimes() {
    }

    public static LocalDate date(String text) {
        String t = trimmed(text);
        if (t == null || t.length() != 8) {
            return null;
        }
        try {
            return LocalDate.parse(t, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code HHmmss}; {@code HHmm} is accepted too (some payloads drop the seconds). */
    public static LocalTime time(String text) {
        String t = trimmed(text);
        if (t == null) {
            return null;
        }
        if (t.length() == 4) {
            t = t + "00";
        }
        try {
            return t.length() == 6 ? LocalTime.parse(t, TIME) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code -05.00}, {@code -05:00}, {@code +0530}; null when blank or unreadable. */
    public static ZoneOffset offset(String text) {
        String t = trimmed(text);
        if (t == null) {
            return null;
        }
        try {
            String normal = t.replace('.', ':');
            if (normal.matches("[+-]\\d{4}")) {
                normal = normal.substring(0, 3) + ":" + normal.substring(3);
            }
            return ZoneOffset.of(normal);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The instant of a date and time at an offset (UTC when the offset is null); null if either is missing. */
    public static Instant instant(String date, String time, ZoneOffset offset) {
        LocalDate d = date(date);
        LocalTime t = time(time);
        if (d == null || t == null) {
            return null;
        }
        return LocalDateTime.of(d, t).toInstant(offset == null ? ZoneOffset.UTC : offset);
    }

    public static String trimmed(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        return t.isEmpty() ? null : t;
    }
}
