package dev.x3ups.x3.simulator.data;

import java.math.BigDecimal;

/**
 * An item (ITMMASTER). {@code weight} is per stock unit; null when the master has none. Dimensions are the
 * site's custom ZLEN/ZWID/ZHEI fields, null when absent. Customs data: the HS code in the customs
 * reference CUSREF, the country of origin in the site's custom YORICRY, the item category TCLCOD; each
 * empty when the master has none.
 */
public record Item(String code, String description, String stockUnit, String salesUnit,
                   BigDecimal salesToStock, BigDecimal weight, WeightUnit weightUnit,
                   BigDecimal length, BigDecimal width, BigDecimal height, String dimensionUnit,
                   BigDecimal price, String commodityCode, String originCountry, String family) {

    public Item {
        commodityCode = commodityCode == null ? "" : commodityCode;
        originCountry = originCountry == null ? "" : originCountry;
        family = family == null ? "" : family;
    }

    public boolean hasWeight() {
        return weight != null && weight.signum() > 0 && weightUnit != null;
    }

    /** Whether a commercial invoice can describe the item: HS code and country of origin. */
    public boolean hasCustomsData() {
        return !commodityCode.isBlank() && !originCountry.isBlank();
    }

    public boolean hasDimensions() {
        return length != null;
    }
}
