package dev.x3ups.x3.simulator.data;

import java.math.BigDecimal;

/**
 * An item (ITMMASTER). {@code weight} is per stock unit; null when the master has none. Dimensions are the
 * site's custom ZLEN/ZWID/ZHEI fields, null when absent.
 */
public record Item(String code, String description, String stockUnit, String salesUnit,
                   BigDecimal salesToStock, BigDecimal weight, WeightUnit weightUnit,
                   BigDecimal length, BigDecimal width, BigDecimal height, String dimensionUnit,
                   BigDecimal price) {

    public boolean hasWeight() {
        return weight != null && weight.signum() > 0 && weightUnit != null;
    }

    public boolean hasDimensions() {
        return length != null;
    }
}
