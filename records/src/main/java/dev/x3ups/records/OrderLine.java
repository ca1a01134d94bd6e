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
 * @param unitPrice   net price of one unit in the order's currency, may be null (customs value)
 * @param commodityCode harmonized system (HS) code of the item, may be null (customs)
 * @param originCountry country of origin of the item, ISO 3166-1 alpha-2, may be null (customs)
 * @param itemFamily  item family / category code (X3 TCLCOD), may be null; picks a configured
 *                    commodity description when the item has none
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
        Dimensions dimensions,
        BigDecimal unitPrice,
        String commodityCode,
        String originCountry,
        String itemFamily) {

    /** A line without customs details (domestic orders, older records). */
    public OrderLine(int lineNumber, String item, String description, BigDecimal quantity, String unit,
                     BigDecimal unitWeight, BigDecimal lineWeight, String weightUnit, Dimensions dimensions) {
        this(lineNumber, item, description, quantity, unit, unitWeight, lineWeight, weightUnit, dimensions,
                null, null, null, null);
    }
}
