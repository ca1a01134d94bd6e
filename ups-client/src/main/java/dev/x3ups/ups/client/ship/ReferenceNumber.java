package dev.x3ups.ups.client.ship;

import java.util.Objects;

/** A reference printed on the label and echoed by tracking: our order key lives here (max 35 characters). */
public record ReferenceNumber(String code, String value) {
    public ReferenceNumber {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 35) {
            throw new IllegalArgumentException("a UPS reference number has 1 to 35 characters");
        }
    }

    public static ReferenceNumber of(String value) {
        return new ReferenceNumber(null, value);
    }
}
