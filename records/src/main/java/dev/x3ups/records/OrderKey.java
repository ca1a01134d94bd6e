package dev.x3ups.records;

import java.util.Locale;
import java.util.Objects;

/**
 * The business key of an order on every topic, {@code {folder}:{SALES|PURCHASE}:{number}}: built by the
 * X3 source and the UPS sink, parsed by the X3 sink to find the order to update.
 */
public record OrderKey(String folder, OrderKind kind, String number) {

    public OrderKey {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
    }

    /** Parses an order key; throws {@link IllegalArgumentException} with the reason when malformed. */
    public static OrderKey parse(String key) {
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
        return new OrderKey(parts[0].trim(), kind, parts[2].trim());
    }

    /** The key as it travels: {@code {folder}:{SALES|PURCHASE}:{number}}. */
    @Override
    public String toString() {
        return folder + ":" + kind.name() + ":" + number;
    }
}
