package dev.x3ups.ups.sink.address;

import dev.x3ups.records.Address;
import dev.x3ups.ups.client.ship.Party;
import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an X3 address into a UPS party that UPS accepts and the carrier can still deliver to: ASCII text,
 * names and lines fitted, state and postal code normalised, phone cleaned. Every refusal names the party and
 * the field.
 */
public final class PartyFitter {
    static final int CITY_MAX = 30;
    static final int EMAIL_MAX = 50;

    private PartyFitter() {
    }

    /** @param role the party's role for failure reasons, e.g. {@code shipTo}, {@code shipFrom}, {@code site ATL} */
    public static Party fit(String role, Address address) throws UnshippableOrderException {
        if (address == null) {
            throw new UnshippableOrderException(UnshippableOrderException.BAD_ADDRESS, role + " address is missing");
        }
        String country = address.countryCode() == null ? "" : address.countryCode().strip().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            throw new UnshippableOrderException(UnshippableOrderException.BAD_ADDRESS,
                    role + ".countryCode '" + address.countryCode() + "' is not an ISO 3166 two-letter code");
        }
        PartyNames.Fitted names = PartyNames.fit(role,
                AsciiText.of(role + ".name", address.name(), country),
                AsciiText.of(role + ".attention", address.attention(), country));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < address.lines().size(); i++) {
            lines.add(AsciiText.of(role + ".line" + (i + 1), address.lines().get(i), country));
        }
        List<String> fitted = AddressLineFlow.fit(role + ".lines", lines);
        String city = AsciiText.of(role + ".city", address.city(), country);
        if (city == null) {
            throw new UnshippableOrderException(UnshippableOrderException.BAD_ADDRESS, role + ".city is empty");
        }
        if (city.length() > CITY_MAX) {
            throw new UnshippableOrderException(UnshippableOrderException.FIELD_TOO_LONG,
                    role + ".city '" + city + "' has " + city.length() + " characters; UPS allows " + CITY_MAX);
        }
        String state = StateProvinces.normalise(role + ".stateProvince", country,
                AsciiText.of(role + ".stateProvince", address.stateProvince(), country));
        String postalCode = PostalCodes.normalise(role + ".postalCode", country,
                AsciiText.of(role + ".postalCode", address.postalCode(), country));
        String phone = PhoneNumbers.clean(role + ".phone", country, address.phone());
        String email = AsciiText.of(role + ".email", address.email(), country);
        if (email != null && email.length() > EMAIL_MAX) {
            throw new UnshippableOrderException(UnshippableOrderException.FIELD_TOO_LONG,
                    role + ".email has " + email.length() + " characters; UPS allows " + EMAIL_MAX);
        }
        var upsAddress = new dev.x3ups.ups.client.ship.Address(fitted, city, state, postalCode, country,
                address.residential());
        return new Party(names.name(), names.attention(), phone, email, upsAddress);
    }
}
