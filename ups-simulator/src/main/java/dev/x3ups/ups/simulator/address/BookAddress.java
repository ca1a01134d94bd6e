package dev.x3ups.ups.simulator.address;

import java.util.List;

/**
 * An address as the address book holds it: street lines, city, state, 5-digit (or foreign) postal code, the ZIP+4
 * extension where known, Puerto Rico's urbanization, country.
 */
public record BookAddress(List<String> lines, String city, String state, String postalCode,
                          String postalCodeExtension, String urbanization, String countryCode) {
    public BookAddress {
        lines = List.copyOf(lines);
    }

    public static BookAddress of(String line, String city, String state, String postalCode, String countryCode) {
        return new BookAddress(List.of(line), city, state, postalCode, null, null, countryCode);
    }

    /** The same address with a ZIP+4 extension. */
    public BookAddress withExtension(String extension) {
        return new BookAddress(lines, city, state, postalCode, extension, urbanization, countryCode);
    }

    public BookAddress withUrbanization(String name) {
        return new BookAddress(lines, city, state, postalCode, postalCodeExtension, name, countryCode);
    }

    /** Matching key: upper case, punctuation dropped, common street words abbreviated, ZIP cut to 5 digits. */
    public String key() {
        return AddressKeys.key(lines, city, state, postalCode, countryCode);
    }
}
