package dev.x3ups.records;

import java.math.BigDecimal;
import java.util.Objects;

/** Package or item dimensions; unit is {@code CM} or {@code IN}. */
public record Dimensions(BigDecimal length, BigDecimal width, BigDecimal height, String unit) {
    public Dimensions {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(unit, "unit");
    }
}
