package dev.x3ups.ups.simulator.pickup;

import java.time.LocalDate;
import java.util.Locale;

/** A pickup site (identified by country and postal code, or a Smart Pickup account) on one local day. */
public record SiteDay(String site, LocalDate date) {

    /** The site key of an address: {@code US:07401}. */
    public static String siteKey(String countryCode, String postalCode) {
        return (countryCode == null ? "" : countryCode.trim().toUpperCase(Locale.ROOT)) + ":"
                + (postalCode == null ? "" : postalCode.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    /** The site key of a Smart Pickup account (its profile address is the account's). */
    public static String accountKey(String accountNumber) {
        return "account:" + accountNumber;
    }

    @Override
    public String toString() {
        return site + "@" + date;
    }
}
