package dev.x3ups.ups.client.ship;

import java.util.List;
import java.util.Objects;

/** A postal address as UPS takes it: up to 3 street lines, city, state/province, postal code, ISO country. */
public record Address(List<String> lines, String city, String stateProvince, String postalCode, String countryCode,
                      boolean residential) {
    public Address {
        lines = List.copyOf(lines);
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(countryCode, "countryCode");
        if (lines.isEmpty() || lines.size() > 3) {
            throw new IllegalArgumentException("an address has 1 to 3 lines");
        }
    }

    public static Address of(String line, String city, String stateProvince, String postalCode, String countryCode) {
        return new Address(List.of(line), city, stateProvince, postalCode, countryCode, false);
    }
}
