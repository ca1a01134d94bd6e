package dev.x3ups.records;

import java.util.List;
import java.util.Objects;

/**
 * A postal address as X3 holds it, before it is fitted to UPS's limits.
 *
 * @param name        company or person name (X3 allows longer names than UPS's 35 characters)
 * @param attention   contact person, may be null
 * @param phone       may be null
 * @param email       may be null
 * @param lines       up to three street lines, never null, blank lines removed
 * @param city        city
 * @param stateProvince state or province code, may be null outside US/CA
 * @param postalCode  postal code, may be null where the country has none
 * @param countryCode ISO 3166-1 alpha-2
 * @param residential whether the address is a residence (UPS charges differ)
 */
public record Address(
        String name,
        String attention,
        String phone,
        String email,
        List<String> lines,
        String city,
        String stateProvince,
        String postalCode,
        String countryCode,
        boolean residential) {

    public Address {
        lines = lines == null ? List.of() : lines.stream().filter(l -> l != null && !l.isBlank()).toList();
        if (lines.size() > 3) {
            throw new IllegalArgumentException("an address has at most 3 lines, got " + lines.size());
        }
        Objects.requireNonNull(countryCode, "countryCode");
    }
}
