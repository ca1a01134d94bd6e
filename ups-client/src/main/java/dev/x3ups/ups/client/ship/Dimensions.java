package dev.x3ups.ups.client.ship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Outer package dimensions. UPS takes whole numbers of at most 3 characters, so each side is sent rounded up:
 * a box declared smaller than it is could be refused or re-billed at the hub.
 */
public record Dimensions(BigDecimal length, BigDecimal width, BigDecimal height, LengthUnit unit) {
    public Dimensions {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(unit, "unit");
    }

    public static Dimensions of(String length, String width, String height, LengthUnit unit) {
        return new Dimensions(new BigDecimal(length), new BigDecimal(width), new BigDecimal(height), unit);
    }

    static String upsText(BigDecimal value) {
        return value.setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE).toPlainString();
    }
}
