package dev.x3ups.ups.sink.packing;

import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Packs pieces into as few packages as the per-package maximum and UPS's size limits allow: whole units first-fit
 * in decreasing weight, a unit joining an open package only when that package stays within both the weight maximum
 * and the size limits with it; then bulk poured into the room left and into full packages. No package exceeds the
 * maximum and none is empty. Weights are rounded up to UPS's 0.1 (the maximum down to it, so rounding never
 * crosses it).
 *
 * <p>A package holding only units of known size gets dimensions, so UPS can apply dimensional weight: the
 * footprint of its largest unit and the height that gives the units' total volume; when that stack is longer
 * than UPS takes, the same volume as a squarer box around the longest unit. A package UPS cannot take in any of
 * those shapes (length over 108 in / 270 cm, or length + girth over 165 in / 330 cm) is never filled; only a unit
 * too big on its own is refused. A package holding bulk or a unit of unknown size is sent by weight alone.
 */
public final class PackagePacker {
    private static final BigDecimal TENTH = new BigDecimal("0.1");

    /** One planned package: weight rounded to 0.1 and sides longest first (null when unknown). */
    public record Packed(BigDecimal weight, BigDecimal[] size) {
    }

    private final BigDecimal maximum;
    private final UnitSystem system;
    private final BigDecimal maxLength;
    private final BigDecimal maxLengthPlusGirth;

    /** @param maximum the per-package maximum in the unit the pieces are in, with sizes in {@code system}'s unit */
    public PackagePacker(BigDecimal maximum, UnitSystem system) {
        this.system = system;
        this.maxLength = new BigDecimal(system == UnitSystem.IMPERIAL ? "108" : "270");
        this.maxLengthPlusGirth = new BigDecimal(system == UnitSystem.IMPERIAL ? "165" : "330");
        this.maximum = maximum.setScale(1, RoundingMode.FLOOR);
        if (this.maximum.signum() <= 0) {
            throw new IllegalArgumentException("the package maximum must be at least 0.1");
        }
    }

    public List<Packed> pack(List<Piece> pieces) throws UnshippableOrderException {
        List<Box> boxes = new ArrayList<>();
        List<Piece> units = pieces.stream().filter(p -> !p.divisible())
                .sorted(Comparator.comparing(Piece::weight).reversed()).toList();
        for (Piece unit : units) {
            if (unit.weight().compareTo(maximum) > 0) {
                throw new UnshippableOrderException(UnshippableOrderException.OVERWEIGHT_ITEM,
                        "line " + unit.line() + " item " + unit.item() + ": one unit weighs "
                                + unit.weight().round(MathContext.DECIMAL32).stripTrailingZeros().toPlainString()
                                + ", more than the package maximum of " + maximum.toPlainString());
            }
            Box box = boxes.stream().filter(b -> b.accepts(unit)).findFirst().orElse(null);
            if (box == null) {
                box = new Box();
                boxes.add(box);
                box.add(unit, unit.weight());
                box.size(boxes.size()); // alone and still too big: no packing can help
            } else {
                box.add(unit, unit.weight());
            }
        }
        for (Piece bulk : pieces.stream().filter(Piece::divisible).toList()) {
            BigDecimal left = bulk.weight();
            for (Box box : boxes) {
                if (left.signum() <= 0) {
                    break;
                }
                BigDecimal share = left.min(box.room());
                if (share.signum() > 0) {
                    box.add(bulk, share);
                    left = left.subtract(share);
                }
            }
            while (left.signum() > 0) {
                Box box = new Box();
                boxes.add(box);
                BigDecimal share = left.min(maximum);
                box.add(bulk, share);
                left = left.subtract(share);
            }
        }
        List<Packed> packed = new ArrayList<>();
        for (Box box : boxes) {
            packed.add(new Packed(box.weight.divide(TENTH, 0, RoundingMode.CEILING).multiply(TENTH).max(TENTH),
                    box.size(packed.size() + 1)));
        }
        return packed;
    }

    private final class Box {
        private final List<Piece> contents = new ArrayList<>();
        private BigDecimal weight = BigDecimal.ZERO;

        BigDecimal room() {
            return maximum.subtract(weight);
        }

        void add(Piece piece, BigDecimal share) {
            contents.add(piece);
            weight = weight.add(share);
        }

        /** Whether the unit can join: the weight maximum and, when all sizes are known, UPS's size limits hold. */
        boolean accepts(Piece unit) {
            if (room().compareTo(unit.weight()) < 0) {
                return false;
            }
            List<Piece> with = new ArrayList<>(contents);
            with.add(unit);
            BigDecimal[] shape = shape(with);
            return shape == null || takenByUps(shape);
        }

        BigDecimal[] size(int number) throws UnshippableOrderException {
            BigDecimal[] shape = shape(contents);
            if (shape == null || takenByUps(shape)) {
                return shape;
            }
            throw new UnshippableOrderException(UnshippableOrderException.OVERSIZE_PACKAGE, "package " + number
                    + " (" + describeContents() + ") would measure at least " + text(shape) + " "
                    + system.lengthUnit + "; UPS takes a length up to " + maxLength + " and length + girth up to "
                    + maxLengthPlusGirth);
        }

        /** The stack of the pieces, or a squarer box when UPS would not take the stack; null when a size is unknown. */
        private BigDecimal[] shape(List<Piece> pieces) {
            if (pieces.stream().anyMatch(p -> p.divisible() || p.size() == null)) {
                return null;
            }
            BigDecimal length = BigDecimal.ZERO;
            BigDecimal width = BigDecimal.ZERO;
            BigDecimal volume = BigDecimal.ZERO;
            for (Piece p : pieces) {
                length = length.max(p.size()[0]);
                width = width.max(p.size()[1]);
                volume = volume.add(p.volume());
            }
            BigDecimal[] stacked = box(length, width, volume.divide(length.multiply(width), MathContext.DECIMAL128));
            if (takenByUps(stacked)) {
                return stacked;
            }
            BigDecimal side = volume.divide(length, MathContext.DECIMAL128).sqrt(MathContext.DECIMAL64);
            return side.compareTo(length) <= 0 ? box(length, side, side)
                    : box(cube(volume), cube(volume), cube(volume));
        }

        private boolean takenByUps(BigDecimal[] sides) {
            BigDecimal girth = sides[1].add(sides[2]).multiply(BigDecimal.valueOf(2));
            return sides[0].compareTo(maxLength) <= 0 && sides[0].add(girth).compareTo(maxLengthPlusGirth) <= 0;
        }

        private String describeContents() {
            return contents.stream().map(p -> "line " + p.line() + " item " + p.item()).distinct()
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        private BigDecimal cube(BigDecimal volume) {
            return BigDecimal.valueOf(Math.cbrt(volume.doubleValue()));
        }

        private BigDecimal[] box(BigDecimal a, BigDecimal b, BigDecimal c) {
            BigDecimal[] sides = {up(a), up(b), up(c)};
            java.util.Arrays.sort(sides, Comparator.reverseOrder());
            return sides;
        }

        private String text(BigDecimal[] sides) {
            return sides[0].toPlainString() + " x " + sides[1].toPlainString() + " x " + sides[2].toPlainString();
        }

        /** UPS takes whole numbers of up to 3 digits: round up, so the box is never declared smaller than it is. */
        private BigDecimal up(BigDecimal side) {
            return side.setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE);
        }
    }
}
