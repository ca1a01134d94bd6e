package dev.x3ups.records;

import java.math.BigDecimal;

/**
 * One line of an order.
 *
 * @param lineNumber  X3 line number (SOPLIN / POPLIN)
 * @param item        item reference (ITMREF)
 * @param description item description, may be null
 * @param quantity    ordered quantity in {@code unit}
 * @param unit        sales or purchase unit
 * @param unitWeight  weight of one unit in {@code weightUnit}, may be null when unknown
 * @param lineWeight  weight of the whole line in {@code weightUnit}, may be null when unknown
 * @param weightUnit  X3 weight unit code as given (e.g. KG, LB, G, OZ), may be null when no weight
 * @param dimensions  item dimensions where the site keeps them, else null
 */
public record OrderLine(
        int lineNumber,
        String item,
        String description,
        BigDecimal quantity,
        String unit,
        BigDecimal unitWeight,
        BigDecimal lineWeight,
        String weightUnit,
        Dimensions dimensions) {
}
