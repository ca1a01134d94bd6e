package dev.x3ups.ups.simulator.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How the address book recognises an address whatever its spelling: the key and UPS's standard form. */
final class AddressKeys {
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("STREET", "ST"), Map.entry("ROAD", "RD"), Map.entry("AVENUE", "AVE"), Map.entry("DRIVE", "DR"),
            Map.entry("TERRACE", "TER"), Map.entry("BOULEVARD", "BLVD"), Map.entry("LANE", "LN"),
            Map.entry("COURT", "CT"), Map.entry("PLACE", "PL"), Map.entry("PARKWAY", "PKWY"),
            Map.entry("HIGHWAY", "HWY"), Map.entry("SUITE", "STE"), Map.entry("APARTMENT", "APT"),
            Map.entry("FLOOR", "FL"), Map.entry("NORTH", "N"), Map.entry("SOUTH", "S"), Map.entry("EAST", "E"),
            Map.entry("WEST", "W"), Map.entry("NORTHEAST", "NE"), Map.entry("NORTHWEST", "NW"),
            Map.entry("SOUTHEAST", "SE"), Map.entry("SOUTHWEST", "SW"));

    private AddressKeys() {
    }

    static String key(List<String> lines, String city, String state, String postalCode, String countryCode) {
        String country = standard(countryCode);
        List<String> street = new ArrayList<>();
        for (String line : lines) {
            String s = standard(line);
            if (!s.isEmpty()) {
                street.add(s);
            }
        }
        return String.join(" ", street) + "|" + standard(city) + "|" + standard(state) + "|"
                + postalKey(postalCode, country) + "|" + country;
    }

    /** UPS's way of writing a line: upper case, no punctuation, street words abbreviated. */
    static String standard(String text) {
        if (text == null) {
            return "";
        }
        String[] words = text.toUpperCase(Locale.ROOT).replaceAll("[.,#]", " ").trim().split("\\s+");
        List<String> out = new ArrayList<>();
        for (String word : words) {
            if (!word.isEmpty()) {
                out.add(ABBREVIATIONS.getOrDefault(word, word));
            }
        }
        return String.join(" ", out);
    }

    static String postalKey(String postalCode, String country) {
        if (postalCode == null) {
            return "";
        }
        String compact = postalCode.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        boolean zip = "US".equals(country) || "PR".equals(country);
        return zip && compact.length() > 5 ? compact.substring(0, 5) : compact;
    }
}
