package dev.x3ups.x3.client.mapping;

import java.util.Locale;

/** Country codes as the order topic carries them: ISO 3166-1 alpha-2, upper case. */
public final class CountryCodes {

    private CountryCodes() {
    }

    /**
     * The code upper-cased when it is two letters; null when absent. Anything else (a name, an X3
     * three-letter code) is null too, so the UPS sink reports the origin as missing instead of
     * sending UPS a country it refuses.
     */
    public static String alpha2(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return upper.matches("[A-Z]{2}") ? upper : null;
    }
}
