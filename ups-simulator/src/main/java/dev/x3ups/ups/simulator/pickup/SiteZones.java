package dev.x3ups.ups.simulator.pickup;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A plausible time zone for a pickup address the test did not configure: by US state or Canadian province, else by
 * country; UTC when unknown. Good enough for "today" at a warehouse; tests that care configure the site.
 */
final class SiteZones {
    private static final Set<String> US_CENTRAL = Set.of("AL", "AR", "IA", "IL", "KS", "LA", "MN", "MO", "MS", "ND",
            "NE", "OK", "SD", "TN", "TX", "WI");
    private static final Set<String> US_MOUNTAIN = Set.of("AZ", "CO", "ID", "MT", "NM", "UT", "WY");
    private static final Set<String> US_PACIFIC = Set.of("CA", "NV", "OR", "WA");
    private static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("CA", "America/Toronto"),
            Map.entry("MX", "America/Mexico_City"), Map.entry("PR", "America/Puerto_Rico"),
            Map.entry("GB", "Europe/London"), Map.entry("IE", "Europe/Dublin"), Map.entry("FR", "Europe/Paris"),
            Map.entry("DE", "Europe/Berlin"), Map.entry("ES", "Europe/Madrid"), Map.entry("IT", "Europe/Rome"),
            Map.entry("NL", "Europe/Amsterdam"), Map.entry("BE", "Europe/Brussels"), Map.entry("PL", "Europe/Warsaw"));

    private SiteZones() {
    }

    static ZoneId guess(String countryCode, String stateProvince) {
        String country = upper(countryCode);
        String state = upper(stateProvince);
        if ("US".equals(country)) {
            if (US_PACIFIC.contains(state)) {
                return ZoneId.of("America/Los_Angeles");
            }
            if (US_MOUNTAIN.contains(state)) {
                return ZoneId.of(state.equals("AZ") ? "America/Phoenix" : "America/Denver");
            }
            return ZoneId.of(US_CENTRAL.contains(state) ? "America/Chicago" : "America/New_York");
        }
        if ("CA".equals(country) && Set.of("BC").contains(state)) {
            return ZoneId.of("America/Vancouver");
        }
        String zone = COUNTRIES.get(country);
        return zone == null ? ZoneId.of("UTC") : ZoneId.of(zone);
    }

    private static String upper(String text) {
        return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    }
}
