package dev.x3ups.ups.sink.planning;

import static dev.x3ups.ups.sink.planning.PlanningValidators.listOf;
import static dev.x3ups.ups.sink.planning.PlanningValidators.optionalMatching;

import dev.x3ups.connect.DescribedValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * What describes the goods to UPS and customs: a commodity description per X3 item family (for lines whose item
 * has no description, and the shipment's description of goods), and the defaults a commercial invoice falls back
 * to when an item has no HS code or country of origin. Without a default such an order fails naming the item.
 *
 * @param familyDescriptions X3 item family (TCLCOD) to a description of the goods
 * @param defaultCommodityCode HS code for items without one, or null
 * @param defaultOriginCountry ISO country of origin for items without one, or null
 */
record CustomsSettings(Map<String, String> familyDescriptions, String defaultCommodityCode,
                       String defaultOriginCountry) {
    static final String GROUP = "Customs";

    public static final String COMMODITY_DESCRIPTIONS_CONFIG = "customs.commodity.descriptions";
    public static final String COMMODITY_DESCRIPTIONS_DOC = "Description of the goods per X3 item family (TCLCOD), as "
            + "FAMILY:description entries (at most 35 characters, no commas), e.g. FAS:Steel fasteners. Used for "
            + "lines whose item has no description; UPS and customs want goods described, never an order number.";
    public static final String COMMODITY_DESCRIPTIONS_DISPLAY = "Commodity description per item family";

    public static final String DEFAULT_COMMODITY_CODE_CONFIG = "customs.default.commodity.code";
    public static final String DEFAULT_COMMODITY_CODE_DOC = "HS commodity code (6 to 15 letters or digits) put on the "
            + "commercial invoice for items X3 has none for. Empty: an order crossing a border with such an item "
            + "fails with NO_HS_CODE naming the item.";
    public static final String DEFAULT_COMMODITY_CODE_DISPLAY = "Default HS commodity code";

    public static final String DEFAULT_ORIGIN_COUNTRY_CONFIG = "customs.default.origin.country";
    public static final String DEFAULT_ORIGIN_COUNTRY_DOC = "Country of origin (ISO 3166 two letters) put on the "
            + "commercial invoice for items X3 has none for. Empty: an order crossing a border with such an item "
            + "fails with NO_ORIGIN naming the item.";
    public static final String DEFAULT_ORIGIN_COUNTRY_DISPLAY = "Default country of origin";

    static final String COMMODITY_CODE_FORMAT = "[A-Za-z0-9]{6,15}";
    static final int DESCRIPTION_MAX = 35;

    CustomsSettings {
        familyDescriptions = Map.copyOf(familyDescriptions);
    }

    static CustomsSettings none() {
        return new CustomsSettings(Map.of(), null, null);
    }

    static ConfigDef addTo(ConfigDef def) {
        int order = 0;
        return def
                .define(COMMODITY_DESCRIPTIONS_CONFIG, Type.LIST, "", familyDescriptionsValidator(), Importance.MEDIUM,
                        COMMODITY_DESCRIPTIONS_DOC, GROUP, ++order, Width.LONG, COMMODITY_DESCRIPTIONS_DISPLAY)
                .define(DEFAULT_COMMODITY_CODE_CONFIG, Type.STRING, null,
                        optionalMatching(COMMODITY_CODE_FORMAT, "an HS code of 6 to 15 letters or digits"),
                        Importance.LOW, DEFAULT_COMMODITY_CODE_DOC, GROUP, ++order, Width.SHORT,
                        DEFAULT_COMMODITY_CODE_DISPLAY)
                .define(DEFAULT_ORIGIN_COUNTRY_CONFIG, Type.STRING, null,
                        optionalMatching("[A-Za-z]{2}", "an ISO 3166 two-letter country code"), Importance.LOW,
                        DEFAULT_ORIGIN_COUNTRY_DOC, GROUP, ++order, Width.SHORT, DEFAULT_ORIGIN_COUNTRY_DISPLAY);
    }

    @SuppressWarnings("unchecked")
    static CustomsSettings from(Map<String, Object> values) {
        return new CustomsSettings(parse(COMMODITY_DESCRIPTIONS_CONFIG, (List<String>) values.get(COMMODITY_DESCRIPTIONS_CONFIG)),
                upper((String) values.get(DEFAULT_COMMODITY_CODE_CONFIG)),
                upper((String) values.get(DEFAULT_ORIGIN_COUNTRY_CONFIG)));
    }

    /** The configured description of the family, or null. */
    String familyDescription(String family) {
        return family == null ? null : familyDescriptions.get(family.strip().toUpperCase(Locale.ROOT));
    }

    private static ConfigDef.Validator familyDescriptionsValidator() {
        return DescribedValidator.of("list of FAMILY:description (at most " + DESCRIPTION_MAX + " characters), each "
                + "family once", (name, value) -> parse(name, listOf(value)));
    }

    private static Map<String, String> parse(String key, List<String> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            String[] parts = entry.split(":", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new ConfigException(key, entries, "entry '" + entry + "' is not FAMILY:description");
            }
            String description = parts[1].strip();
            if (description.length() > DESCRIPTION_MAX) {
                throw new ConfigException(key, entries, "the description of family '" + parts[0].strip() + "' has "
                        + description.length() + " characters; UPS allows " + DESCRIPTION_MAX);
            }
            if (map.put(parts[0].strip().toUpperCase(Locale.ROOT), description) != null) {
                throw new ConfigException(key, entries, "family '" + parts[0].strip() + "' is described twice");
            }
        }
        return map;
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
