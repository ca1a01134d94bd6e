package dev.x3ups.ups.client.address;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.client.json.UpsJson;
import dev.x3ups.ups.client.ship.Address;

/**
 * {@code {"XAVRequest":{"AddressKeyFormat":{...}}}}: UPS's names for street lines, city (PoliticalDivision2),
 * state (PoliticalDivision1) and postal code, a US/PR ZIP+4 split into PostcodePrimaryLow and PostcodeExtendedLow.
 * Empty fields are left out (the schema has a minimum length of 1 everywhere).
 */
final class AddressValidationRequestJson {
    private AddressValidationRequestJson() {
    }

    static ObjectNode write(Address address) {
        ObjectNode root = UpsJson.object();
        ObjectNode key = root.putObject("XAVRequest").putObject("AddressKeyFormat");
        ArrayNode lines = UpsJson.mapper().createArrayNode();
        address.lines().stream().filter(AddressValidationRequestJson::hasText).map(String::trim).forEach(lines::add);
        if (!lines.isEmpty()) {
            key.set("AddressLine", lines);
        }
        putText(key, "PoliticalDivision2", address.city());
        putText(key, "PoliticalDivision1", address.stateProvince());
        String[] postal = postalParts(address.postalCode(), address.countryCode());
        putText(key, "PostcodePrimaryLow", postal[0]);
        putText(key, "PostcodeExtendedLow", postal[1]);
        key.put("CountryCode", address.countryCode().trim());
        return root;
    }

    /** US/PR {@code 30005-1234} or {@code 300051234} → {@code [30005, 1234]}; other postal codes stay whole. */
    static String[] postalParts(String postalCode, String countryCode) {
        if (!hasText(postalCode)) {
            return new String[] {null, null};
        }
        String trimmed = postalCode.trim();
        if (AddressValidationClient.streetLevelCovered(countryCode)) {
            String digits = trimmed.replaceAll("[\\s-]", "");
            if (digits.matches("\\d{9}")) {
                return new String[] {digits.substring(0, 5), digits.substring(5)};
            }
        }
        return new String[] {trimmed, null};
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (hasText(value)) {
            node.put(field, value.trim());
        }
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
