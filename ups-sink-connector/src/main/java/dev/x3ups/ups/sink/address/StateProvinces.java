package dev.x3ups.ups.sink.address;

import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * UPS's {@code StateProvinceCode}: required as the 2-letter code for the US and Canada, where X3 may hold the
 * code, an ISO subdivision ({@code US-GA}) or the full name ({@code Georgia}, {@code Ontario}). Elsewhere
 * optional and sent as given when it fits 5 characters.
 */
public final class StateProvinces {
    static final int MAX = 5;
    private static final Map<String, Map<String, String>> BY_NAME = new HashMap<>();

    static {
        BY_NAME.put("US", names(
                "AL", "Alabama", "AK", "Alaska", "AZ", "Arizona", "AR", "Arkansas", "CA", "California",
                "CO", "Colorado", "CT", "Connecticut", "DE", "Delaware", "DC", "District of Columbia",
                "FL", "Florida", "GA", "Georgia", "HI", "Hawaii", "ID", "Idaho", "IL", "Illinois", "IN", "Indiana",
                "IA", "Iowa", "KS", "Kansas", "KY", "Kentucky", "LA", "Louisiana", "ME", "Maine", "MD", "Maryland",
                "MA", "Massachusetts", "MI", "Michigan", "MN", "Minnesota", "MS", "Mississippi", "MO", "Missouri",
                "MT", "Montana", "NE", "Nebraska", "NV", "Nevada", "NH", "New Hampshire", "NJ", "New Jersey",
                "NM", "New Mexico", "NY", "New York", "NC", "North Carolina", "ND", "North Dakota", "OH", "Ohio",
                "OK", "Oklahoma", "OR", "Oregon", "PA", "Pennsylvania", "RI", "Rhode Island",
                "SC", "South Carolina", "SD", "South Dakota", "TN", "Tennessee", "TX", "Texas", "UT", "Utah",
                "VT", "Vermont", "VA", "Virginia", "WA", "Washington", "WV", "West Virginia", "WI", "Wisconsin",
                "WY", "Wyoming", "AS", "American Samoa", "GU", "Guam", "MP", "Northern Mariana Islands",
                "VI", "Virgin Islands", "UM", "United States Minor Outlying Islands",
                "AA", "Armed Forces Americas", "AE", "Armed Forces Europe", "AP", "Armed Forces Pacific"));
        BY_NAME.put("CA", names(
                "AB", "Alberta", "BC", "British Columbia", "MB", "Manitoba", "NB", "New Brunswick",
                "NL", "Newfoundland and Labrador", "NS", "Nova Scotia", "NT", "Northwest Territories",
                "NU", "Nunavut", "ON", "Ontario", "PE", "Prince Edward Island", "QC", "Quebec",
                "SK", "Saskatchewan", "YT", "Yukon"));
        BY_NAME.get("CA").put("NEWFOUNDLAND", "NL");
        BY_NAME.get("CA").put("YUKON TERRITORY", "YT");
        BY_NAME.get("CA").put("PQ", "QC");
    }

    private StateProvinces() {
    }

    /**
     * The code to send, or null where the country needs none and X3 has none.
     *
     * @param value ASCII text (see {@link AsciiText}), so "Québec" arrives as "Quebec"
     */
    public static String normalise(String field, String country, String value) throws UnshippableOrderException {
        Map<String, String> known = BY_NAME.get(country);
        String given = value == null ? "" : value.strip();
        if (known == null) {
            if (given.isEmpty()) {
                return null;
            }
            if (given.length() > MAX) {
                throw new UnshippableOrderException(UnshippableOrderException.FIELD_TOO_LONG,
                        field + " '" + given + "' has " + given.length() + " characters; UPS allows " + MAX);
            }
            return given.toUpperCase(Locale.ROOT);
        }
        if (given.isEmpty()) {
            throw new UnshippableOrderException(UnshippableOrderException.NO_STATE,
                    field + " is missing; UPS requires the " + (country.equals("US") ? "state" : "province")
                            + " for " + country + " addresses");
        }
        String key = given.toUpperCase(Locale.ROOT).replaceAll("[.\\s]+", " ").trim();
        if (key.startsWith(country + "-")) {
            key = key.substring(3);
        }
        if (known.containsValue(key)) {
            return key;
        }
        String code = known.get(key);
        if (code == null) {
            throw new UnshippableOrderException(UnshippableOrderException.BAD_STATE,
                    field + " '" + given + "' is not a " + (country.equals("US") ? "US state" : "Canadian province")
                            + " code or name");
        }
        return code;
    }

    private static Map<String, String> names(String... codeNamePairs) {
        Map<String, String> byName = new HashMap<>();
        for (int i = 0; i < codeNamePairs.length; i += 2) {
            byName.put(codeNamePairs[i + 1].toUpperCase(Locale.ROOT), codeNamePairs[i]);
        }
        return byName;
    }
}
