package dev.x3ups.ups.client.ship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A package weight. UPS takes at most 5 characters, so it is sent with one decimal at most. */
public record Weight(BigDecimal value, WeightUnit unit) {
    private static final BigDecimal MINIMUM = new BigDecimal("0.1");

    public Weight {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("weight must be positive");
        }
    }

    public static Weight of(String value, WeightUnit unit) {
        return new Weight(new BigDecimal(value), unit);
    }

    /** The UPS text form, e.g. {@code "5"} or {@code "12.5"}; never below 0.1. */
    public String upsText() {
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP).max(MINIMUM).stripTrailingZeros();
        return rounded.toPlainString();
    }
}
