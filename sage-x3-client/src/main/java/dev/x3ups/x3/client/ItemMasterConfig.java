package dev.x3ups.x3.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the item master keeps the customs data of an item, and how long the source keeps what it read.
 * X3 has no standard country-of-origin column, and which customs column a folder fills varies, so the
 * names are settings; a blank name means the folder does not keep that value (nothing is read for it).
 *
 * @param commodityCodeField    api1 ITMMASTER field of the harmonized system (HS) code
 * @param originCountryField    api1 ITMMASTER field of the country of origin (ISO alpha-2)
 * @param commodityCodeProperty GraphQL property of the product node holding the HS code
 * @param originCountryProperty GraphQL property of the product node holding the country of origin
 * @param cacheSize             most items (and ship-to contacts) remembered
 * @param cacheMaxAge           how long a remembered value is used before it is read again
 */
public record ItemMasterConfig(String commodityCodeField, String originCountryField,
                               String commodityCodeProperty, String originCountryProperty,
                               int cacheSize, Duration cacheMaxAge) {

    /** The item category (family), a standard ITMMASTER field. */
    public static final String FAMILY_FIELD = "TCLCOD";
    /** Standard ITMMASTER "customs reference" field. */
    public static final String DEFAULT_COMMODITY_CODE_FIELD = "CUSREF";
    /** A specific-development field: X3's dictionary has no standard country of origin on items. */
    public static final String DEFAULT_ORIGIN_COUNTRY_FIELD = "YORICRY";
    public static final String DEFAULT_COMMODITY_CODE_PROPERTY = "customsReference";
    public static final String DEFAULT_ORIGIN_COUNTRY_PROPERTY = "yOriginCountry";
    public static final int DEFAULT_CACHE_SIZE = 10_000;
    public static final Duration DEFAULT_CACHE_MAX_AGE = Duration.ofHours(1);

    public static final ItemMasterConfig DEFAULT = new ItemMasterConfig(DEFAULT_COMMODITY_CODE_FIELD,
            DEFAULT_ORIGIN_COUNTRY_FIELD, DEFAULT_COMMODITY_CODE_PROPERTY, DEFAULT_ORIGIN_COUNTRY_PROPERTY,
            DEFAULT_CACHE_SIZE, DEFAULT_CACHE_MAX_AGE);

    public ItemMasterConfig {
        commodityCodeField = blankToNull(commodityCodeField);
        originCountryField = blankToNull(originCountryField);
        commodityCodeProperty = blankToNull(commodityCodeProperty);
        originCountryProperty = blankToNull(originCountryProperty);
        if (cacheSize < 1) {
            throw new IllegalArgumentException("cacheSize must be positive");
        }
        Objects.requireNonNull(cacheMaxAge, "cacheMaxAge");
    }

    private static String blankToNull(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }
}
