package dev.x3ups.ups.sink.packing;

import java.math.BigDecimal;

/**
 * Something to put into packages, in the shipment's unit system.
 *
 * @param line      the X3 line it comes from
 * @param item      the item reference, for failure reasons
 * @param weight    its weight, positive
 * @param size      its sides, longest first, or null when unknown
 * @param divisible bulk that may be spread over several packages (many small units, or a non-integral quantity)
 */
record Piece(int line, String item, BigDecimal weight, BigDecimal[] size, boolean divisible) {

    BigDecimal volume() {
        return size == null ? null : size[0].multiply(size[1]).multiply(size[2]);
    }
}
