package dev.x3ups.ups.sink.packing;

import dev.x3ups.records.Dimensions;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderLine;
import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The order's lines as pieces to pack. A line weighs its line weight, else quantity × unit weight, converted
 * to the shipment's unit. A line of up to {@value #MAX_UNITS_PER_LINE} whole units becomes that many
 * indivisible units carrying the item's dimensions; other lines (fractional quantities, very many small units)
 * are divisible bulk. Lines with no positive quantity ship nothing and are skipped.
 */
public final class OrderPieces {
    static final int MAX_UNITS_PER_LINE = 1000;

    private final DefaultDimensions dimensions;

    public OrderPieces(DefaultDimensions dimensions) {
        this.dimensions = dimensions;
    }

    public List<Piece> of(Order order, UnitSystem system) throws UnshippableOrderException {
        List<Piece> pieces = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                continue;
            }
            BigDecimal weight = weight(line, system);
            BigDecimal[] size = size(dimensions.forLine(line), system);
            BigDecimal quantity = line.quantity().stripTrailingZeros();
            boolean whole = quantity.scale() <= 0 && quantity.compareTo(BigDecimal.valueOf(MAX_UNITS_PER_LINE)) <= 0;
            if (whole) {
                int units = quantity.intValueExact();
                BigDecimal each = weight.divide(quantity, MathContext.DECIMAL128);
                for (int i = 0; i < units; i++) {
                    pieces.add(new Piece(line.lineNumber(), line.item(), each, size, false));
                }
            } else {
                pieces.add(new Piece(line.lineNumber(), line.item(), weight, null, true));
            }
        }
        if (pieces.isEmpty()) {
            throw new UnshippableOrderException(UnshippableOrderException.NO_LINES,
                    "order " + order.key() + " has no line with a positive quantity to ship");
        }
        return pieces;
    }

    private static BigDecimal weight(OrderLine line, UnitSystem system) throws UnshippableOrderException {
        BigDecimal given;
        if (line.lineWeight() != null && line.lineWeight().signum() > 0) {
            given = line.lineWeight();
        } else if (line.unitWeight() != null && line.unitWeight().signum() > 0) {
            given = line.unitWeight().multiply(line.quantity());
        } else {
            throw new UnshippableOrderException(UnshippableOrderException.NO_WEIGHT,
                    "line " + line.lineNumber() + " item " + line.item()
                            + " has no weight (neither a line weight nor a unit weight)");
        }
        MassUnit unit = MassUnit.ofX3(line.weightUnit());
        if (unit == null) {
            throw new UnshippableOrderException(UnshippableOrderException.UNKNOWN_WEIGHT_UNIT,
                    "line " + line.lineNumber() + " item " + line.item() + " has weight unit '" + line.weightUnit()
                            + "'; known units are KG, LB, G and OZ");
        }
        return unit.convert(given, system.massUnit);
    }

    private static BigDecimal[] size(Dimensions d, UnitSystem system) {
        if (d == null) {
            return null;
        }
        BigDecimal[] sides = {system.length(d.length(), d.unit()), system.length(d.width(), d.unit()),
                system.length(d.height(), d.unit())};
        if (Arrays.stream(sides).anyMatch(s -> s == null)) {
            return null; // a unit other than CM/IN: better no dimensions than wrong ones
        }
        Arrays.sort(sides, Comparator.reverseOrder());
        return sides;
    }
}
