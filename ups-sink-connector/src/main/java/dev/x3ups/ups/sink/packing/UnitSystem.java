package dev.x3ups.ups.sink.packing;

import dev.x3ups.ups.client.ship.LengthUnit;
import dev.x3ups.ups.client.ship.WeightUnit;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Pounds and inches for shipments leaving the US or Puerto Rico, kilograms and centimetres elsewhere: UPS
 * expects the origin country's system, and weight and dimensions must agree for dimensional weight.
 */
public enum UnitSystem {
    IMPERIAL(WeightUnit.LBS, MassUnit.LB, LengthUnit.IN),
    METRIC(WeightUnit.KGS, MassUnit.KG, LengthUnit.CM);

    private static final BigDecimal CM_PER_INCH = new BigDecimal("2.54");

    public final WeightUnit weightUnit;
    public final MassUnit massUnit;
    public final LengthUnit lengthUnit;

    UnitSystem(WeightUnit weightUnit, MassUnit massUnit, LengthUnit lengthUnit) {
        this.weightUnit = weightUnit;
        this.massUnit = massUnit;
        this.lengthUnit = lengthUnit;
    }

    public static UnitSystem forOrigin(String countryCode) {
        return "US".equals(countryCode) || "PR".equals(countryCode) ? IMPERIAL : METRIC;
    }

    /** A length given in {@code unit} (CM or IN, as X3 writes it) in this system's length unit; null if unknown. */
    BigDecimal length(BigDecimal value, String unit) {
        String from = unit == null ? "" : unit.strip().toUpperCase(Locale.ROOT);
        LengthUnit source = switch (from) {
            case "CM", "CMT" -> LengthUnit.CM;
            case "IN", "INH", "INCH" -> LengthUnit.IN;
            default -> null;
        };
        if (source == null) {
            return null;
        }
        if (source == lengthUnit) {
            return value;
        }
        return source == LengthUnit.IN ? value.multiply(CM_PER_INCH)
                : value.divide(CM_PER_INCH, java.math.MathContext.DECIMAL128);
    }
}
