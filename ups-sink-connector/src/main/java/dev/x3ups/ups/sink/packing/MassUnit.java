package dev.x3ups.ups.sink.packing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * The weight units X3 uses, with their exact size in kilograms (the pound is defined as 0.45359237 kg), so
 * conversions are exact where the result terminates and carry 34 significant digits where it does not.
 */
public enum MassUnit {
    G("0.001"),
    KG("1"),
    OZ("0.028349523125"),
    LB("0.45359237");

    private final BigDecimal kilograms;

    MassUnit(String kilograms) {
        this.kilograms = new BigDecimal(kilograms);
    }

    public BigDecimal convert(BigDecimal value, MassUnit target) {
        if (target == this) {
            return value;
        }
        BigDecimal inKilograms = value.multiply(kilograms);
        try {
            return inKilograms.divide(target.kilograms);
        } catch (ArithmeticException nonTerminating) {
            return inKilograms.divide(target.kilograms, MathContext.DECIMAL128);
        }
    }

    /** The unit of an X3 weight unit code ({@code KG}, {@code LB}, {@code G}, {@code OZ}, and their plurals). */
    public static MassUnit ofX3(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.strip().toUpperCase(Locale.ROOT)) {
            case "G", "GR", "GRM", "GRAM", "GRAMS" -> G;
            case "KG", "KGS", "KGM" -> KG;
            case "OZ", "OZS", "ONZ" -> OZ;
            case "LB", "LBS", "LBR" -> LB;
            default -> null;
        };
    }
}
