package dev.x3ups.x3.sink.status;

import dev.x3ups.records.OrderKind;
import java.util.Locale;
import java.util.Objects;

/**
 * The X3 order a record is about, parsed from the business key {@code {folder}:{SALES|PURCHASE}:{number}}.
 */
public record OrderRef(String folder, OrderKind kind, String number) {

    public OrderRef {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
    }

    /** Parses an order key; throws {@link IllegalArgumentException} with the reason when malformed. */
    public static OrderRef parse(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("the record names no order (order key is empty)");
        }
        String[] parts = key.split(":", -1);
        if (parts.length != 3 || parts[0].isBlank() || parts[2].isBlank()) {
            throw new IllegalArgumentException("order key '" + key + "' is not {folder}:{SALES|PURCHASE}:{number}");
        }
        OrderKind kind;
        try {
            kind = OrderKind.valueOf(parts[1].trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("order key '" + key + "' has unknown kind '" + parts[1] + "'", e);
        }
        return new OrderRef(parts[0].trim(), kind, parts[2].trim());
    }

    public String key() {
        return folder + ":" + kind.name() + ":" + number;
    }

    @Override
    public String toString() {
        return key();
    }
}
