package dev.x3ups.x3.client.mapping;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The weights of an order line. X3 gives the line weight in the order's weight unit (computed from
 * the item master); when it has none, the item master weight of one stock unit is the fallback.
 * Unit weight is per ordered (sales or purchase) unit, as the line's quantity is.
 */
public record LineWeight(BigDecimal unitWeight, BigDecimal lineWeight, String unit) {
    static final LineWeight UNKNOWN = new LineWeight(null, null, null);
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /**
     * @param quantity          ordered quantity in the order unit
     * @param lineWeight        X3 line weight, null or 0 when unknown
     * @param lineWeightUnit    unit of {@code lineWeight}
     * @param itemWeight        item master weight of one stock unit, null or 0 when unknown
     * @param itemWeightUnit    unit of {@code itemWeight}
     * @param stockQuantity     quantity in stock units, null when unknown
     * @param orderToStock      stock units per order unit, null when unknown
     */
    public static LineWeight of(BigDecimal quantity, BigDecimal lineWeight, String lineWeightUnit,
                                BigDecimal itemWeight, String itemWeightUnit,
                                BigDecimal stockQuantity, BigDecimal orderToStock) {
        if (positive(lineWeight) && lineWeightUnit != null) {
            BigDecimal perUnit = positive(quantity) ? tidy(lineWeight.divide(quantity, PRECISION)) : null;
            return new LineWeight(perUnit, lineWeight, lineWeightUnit);
        }
        if (positive(itemWeight) && itemWeightUnit != null) {
            BigDecimal perOrderUnit = positive(orderToStock) ? tidy(itemWeight.multiply(orderToStock)) : itemWeight;
            BigDecimal line = positive(stockQuantity) ? tidy(itemWeight.multiply(stockQuantity))
                    : positive(quantity) ? tidy(perOrderUnit.multiply(quantity)) : null;
            return new LineWeight(perOrderUnit, line, itemWeightUnit);
        }
        return UNKNOWN;
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    private static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
