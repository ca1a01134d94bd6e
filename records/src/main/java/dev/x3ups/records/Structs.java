package dev.x3ups.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/**
 * Tolerant readers of Struct fields shared by the record mappers: a field missing from the writer's
 * schema reads as null, so a newer reader accepts records written with an older schema.
 */
final class Structs {

    private Structs() {
    }

    static Object get(Struct struct, String name) {
        Field field = struct.schema().field(name);
        return field == null ? null : struct.get(field);
    }

    static String string(Struct struct, String name) {
        Object value = get(struct, name);
        return value == null ? null : value.toString();
    }

    static String requiredString(Struct struct, String name, String topic) {
        String value = string(struct, name);
        if (value == null) {
            throw new DataException(topic + " value has no " + name);
        }
        return value;
    }

    static BigDecimal decimal(Struct struct, String name) {
        Object value = get(struct, name);
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new DataException("field " + name + " is not a decimal: '" + value + "'", e);
        }
    }

    static Instant instant(Struct struct, String name) {
        Object value = get(struct, name);
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return Instant.ofEpochMilli(date.getTime());
        }
        throw new DataException("field " + name + " is not a timestamp: '" + value + "'");
    }

    static LocalDate localDate(Struct struct, String name) {
        Object value = get(struct, name);
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return LocalDate.ofEpochDay(Math.floorDiv(date.getTime(), 86_400_000L));
        }
        throw new DataException("field " + name + " is not a date: '" + value + "'");
    }

    static boolean bool(Struct struct, String name) {
        return Boolean.TRUE.equals(get(struct, name));
    }

    static List<String> strings(Struct struct, String name) {
        List<String> result = new ArrayList<>();
        if (get(struct, name) instanceof List<?> list) {
            list.forEach(item -> result.add(item == null ? null : item.toString()));
        }
        return result;
    }

    static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Date date(LocalDate day) {
        return day == null ? null : new Date(day.toEpochDay() * 86_400_000L);
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new DataException("field " + field + " has unknown value '" + value + "'", e);
        }
    }
}
