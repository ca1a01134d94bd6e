package dev.x3ups.ups.sink.address;

import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.util.Locale;
import java.util.Set;

/**
 * UPS's {@code Phone.Number}: digits only, at most 15. Punctuation, spaces and an extension ("x12", "ext. 12")
 * are removed; North American numbers lose the leading country code 1 because UPS wants the 10-digit form.
 */
public final class PhoneNumbers {
    static final int MAX = 15;
    private static final Set<String> NORTH_AMERICA = Set.of("US", "CA", "PR");

    private PhoneNumbers() {
    }

    /** The digits to send, or null when X3 has no number. */
    public static String clean(String field, String country, String value) throws UnshippableOrderException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String number = value.toLowerCase(Locale.ROOT).split("x|ext|#", 2)[0];
        String digits = number.replaceAll("\\D", "");
        if (digits.startsWith("00")) {
            digits = digits.substring(2);
        }
        if (NORTH_AMERICA.contains(country) && digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (digits.isEmpty()) {
            return null;
        }
        if (digits.length() > MAX) {
            throw new UnshippableOrderException(UnshippableOrderException.FIELD_TOO_LONG,
                    field + " '" + value + "' has " + digits.length() + " digits; UPS allows " + MAX);
        }
        return digits;
    }
}
