package dev.x3ups.x3.simulator.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Weight units of the item master and the conversion between them. */
public enum WeightUnit {
    KG(new BigDecimal("1")),
    G(new BigDecimal("0.001")),
    LB(new BigDecimal("0.45359237")),
    OZ(new BigDecimal("0.028349523125"));

    private final BigDecimal kilograms;

    WeightUnit(BigDecimal kilograms) {
        this.kilograms = kilograms;
    }

    /** {@code value} in this unit expressed in {@code target}, rounded to 3 decimals. */
    public BigDecimal convert(BigDecimal value, WeightUnit target) {
        return value.multiply(kilograms).divide(target.kilograms, MathContext.DECIMAL64)
                .setScale(3, RoundingMode.HALF_UP);
    }
}
