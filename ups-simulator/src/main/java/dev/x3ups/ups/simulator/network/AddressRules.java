package dev.x3ups.ups.simulator.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.http.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * UPS's address checks for one party. Error codes follow UPS's per-party families: 1201xx shipper,
 * 1202xx ship-to, 1203xx ship-from; xx00 name, xx01 address line, xx02 city, xx06 state, xx07 postal
 * code, xx08 country.
 */
public final class AddressRules {
    static final int MAX_LINES = 3;
    static final int MAX_LINE_LENGTH = 35;
    private static final Set<String> STATE_REQUIRED = Set.of("US", "CA", "VN");
    private static final Map<String, Pattern> POSTAL = Map.of(
            "US", Pattern.compile("\\d{5}(\\d{4})?"),
            "PR", Pattern.compile("\\d{5}(\\d{4})?"),
            "CA", Pattern.compile("[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d"),
            "GB", Pattern.compile("[A-Za-z]{1,2}\\d[A-Za-z\\d]? ?\\d[A-Za-z]{2}"),
            "DE", Pattern.compile("\\d{5}"),
            "FR", Pattern.compile("\\d{5}"),
            "IT", Pattern.compile("\\d{5}"),
            "ES", Pattern.compile("\\d{5}"),
            "NL", Pattern.compile("\\d{4} ?[A-Za-z]{2}"),
            "MX", Pattern.compile("\\d{5}"));
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private AddressRules() {
    }

    /** Checks a party ({@code Name} + {@code Address}); {@code family} is 1201, 1202 or 1203. */
    public static Optional<ValidationError> check(JsonNode party, String label, int family, boolean nameRequired) {
        if (party == null || !party.isObject()) {
            return err(family, 0, "Missing or invalid " + label);
        }
        String name = Json.text(party, "Name");
        if (nameRequired && (name == null || name.isBlank() || name.length() > 35)) {
            return err(family, 0, "Missing or invalid " + label + " name");
        }
        JsonNode address = party.get("Address");
        if (address == null || !address.isObject()) {
            return err(family, 1, "Missing or invalid " + label + " address");
        }
        return checkAddress(address, label, family);
    }

    public static Optional<ValidationError> checkAddress(JsonNode address, String label, int family) {
        List<JsonNode> lines = Json.list(address.get("AddressLine"));
        if (lines.isEmpty() || lines.get(0).asText().isBlank()) {
            return err(family, 1, "Missing or invalid " + label + " address line 1");
        }
        if (lines.size() > MAX_LINES) {
            return err(family, 1, label + " AddressLine may hold at most " + MAX_LINES + " lines");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).asText().length() > MAX_LINE_LENGTH) {
                return err(family, 1, "The " + label + " address line " + (i + 1) + " exceeds "
                        + MAX_LINE_LENGTH + " characters");
            }
        }
        String city = Json.text(address, "City");
        if (city == null || city.isBlank() || city.length() > 30) {
            return err(family, 2, "Missing or invalid " + label + " city");
        }
        String country = Json.text(address, "CountryCode");
        if (country == null || !COUNTRY.matcher(country).matches()) {
            return err(family, 8, "Missing or invalid " + label + " country code");
        }
        String state = Json.text(address, "StateProvinceCode");
        if (STATE_REQUIRED.contains(country) && (state == null || state.isBlank())) {
            return err(family, 6, "Missing or invalid " + label + " StateProvinceCode");
        }
        if (state != null && state.length() > 5) {
            return err(family, 6, "Missing or invalid " + label + " StateProvinceCode");
        }
        String postal = Json.text(address, "PostalCode");
        Pattern format = POSTAL.get(country);
        if (format != null && (postal == null || !format.matcher(postal.trim()).matches())) {
            return err(family, 7, "Missing or invalid " + label + " postal code for country " + country);
        }
        if (postal != null && postal.length() > 9) {
            return err(family, 7, "The " + label + " postal code exceeds 9 characters");
        }
        return Optional.empty();
    }

    private static Optional<ValidationError> err(int family, int field, String message) {
        return Optional.of(new ValidationError(String.format("%d%02d", family, field), message));
    }
}
