package dev.x3ups.ups.sink.addresscheck;

import dev.x3ups.ups.client.ship.Address;
import java.util.Locale;

/**
 * An address as the cache knows it: upper case, punctuation and repeated spaces folded, a US/PR postal code
 * to its five digits, the residential flag left out (it is what is asked). {@code 12 Main St.} and
 * {@code 12  MAIN ST} are one address; one customer's orders cost one call.
 */
record AddressKey(boolean validate, String address) {

    static AddressKey of(boolean validate, Address address) {
        StringBuilder key = new StringBuilder();
        for (String line : address.lines()) {
            key.append(fold(line)).append('|');
        }
        key.append(fold(address.city())).append('|').append(fold(address.stateProvince())).append('|')
                .append(postal(address.postalCode())).append('|').append(fold(address.countryCode()));
        return new AddressKey(validate, key.toString());
    }

    private static String fold(String text) {
        return text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", " ").strip();
    }

    private static String postal(String postalCode) {
        String digits = fold(postalCode).replace(" ", "");
        return digits.length() > 5 && digits.chars().allMatch(Character::isDigit) ? digits.substring(0, 5) : digits;
    }
}
