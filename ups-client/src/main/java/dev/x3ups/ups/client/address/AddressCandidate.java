package dev.x3ups.ups.client.address;

import dev.x3ups.ups.client.ship.Address;
import java.util.List;

/**
 * One address UPS proposes: street lines, city, state, postal code with its ZIP+4 extension when UPS gave one,
 * country, urbanization (Puerto Rico) and its own classification. UPS writes candidates in upper case.
 */
public record AddressCandidate(List<String> lines, String city, String stateProvince, String postalCode,
                               String postalCodeExtension, String urbanization, String countryCode,
                               AddressClassification classification) {
    public AddressCandidate {
        lines = List.copyOf(lines);
        classification = classification == null ? AddressClassification.UNKNOWN : classification;
    }

    /** {@code 30005-1234}, or the postal code alone without an extension; {@code null} without a postal code. */
    public String zipPlus4() {
        if (postalCode == null) {
            return null;
        }
        return postalCodeExtension == null ? postalCode : postalCode + "-" + postalCodeExtension;
    }

    /** One readable line for a hold reason: {@code 123 MAIN ST, ALPHARETTA GA 30005-1234, US}. */
    public String oneLine() {
        StringBuilder out = new StringBuilder(String.join(" ", lines));
        String place = join(city, stateProvince, zipPlus4());
        if (!place.isEmpty()) {
            out.append(out.isEmpty() ? "" : ", ").append(place);
        }
        if (countryCode != null) {
            out.append(out.isEmpty() ? "" : ", ").append(countryCode);
        }
        return out.toString();
    }

    /**
     * This candidate as a ship-to address ({@code residential} as the caller decides), the postal code with its
     * extension as the 9 digits the Ship API takes. Only street-level candidates (with lines and a city) qualify.
     */
    public Address toAddress(boolean residential) {
        if (lines.isEmpty() || city == null || countryCode == null) {
            throw new IllegalStateException("not a street-level candidate: " + oneLine());
        }
        String postal = postalCode == null || postalCodeExtension == null ? postalCode : postalCode + postalCodeExtension;
        return new Address(lines.size() > 3 ? lines.subList(0, 3) : lines, city, stateProvince, postal, countryCode,
                residential);
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.append(out.isEmpty() ? "" : " ").append(part);
            }
        }
        return out.toString();
    }
}
