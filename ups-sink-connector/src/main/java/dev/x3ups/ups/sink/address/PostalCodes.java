package dev.x3ups.ups.sink.address;

import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UPS's {@code PostalCode} (at most 9 characters) in the form each country writes it: US/PR ZIP as 5 or 9 digits
 * (the ZIP+4 dash dropped to fit 9), Canada {@code A1A 1A1}, UK outward and inward code with one space, Germany
 * and France 5 digits. Other countries: sent as given when it fits. A country that needs a code and has none,
 * or a code of the wrong form, is refused.
 */
public final class PostalCodes {
    static final int MAX = 9;
    private static final Pattern US = Pattern.compile("(\\d{5})(?:-?(\\d{4}))?");
    private static final Pattern CA = Pattern.compile(
            "([ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z])(\\d[ABCEGHJ-NPRSTV-Z]\\d)");
    private static final Pattern GB = Pattern.compile("([A-Z]{1,2}\\d[A-Z\\d]?|GIR)(\\d[A-Z]{2})");
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");
    private static final Map<String, String> FORMAT = Map.of(
            "US", "a US ZIP code (5 or 9 digits)", "PR", "a Puerto Rico ZIP code (5 or 9 digits)",
            "CA", "a Canadian postal code (A1A 1A1)", "GB", "a UK postcode (e.g. SW1A 1AA)",
            "DE", "a German postal code (5 digits)", "FR", "a French postal code (5 digits)");

    private PostalCodes() {
    }

    /** The code to send, or null where the country needs none and X3 has none. */
    public static String normalise(String field, String country, String value) throws UnshippableOrderException {
        String given = value == null ? "" : value.strip();
        String format = FORMAT.get(country);
        if (given.isEmpty()) {
            if (format != null) {
                throw new UnshippableOrderException(UnshippableOrderException.NO_POSTAL_CODE,
                        field + " is missing; UPS requires " + format + " for " + country + " addresses");
            }
            return null;
        }
        String compact = given.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        String normalised = switch (country) {
            case "US", "PR" -> match(US, compact, m -> m.group(1) + (m.group(2) == null ? "" : m.group(2)));
            case "CA" -> match(CA, compact, m -> m.group(1) + " " + m.group(2));
            case "GB" -> match(GB, compact, m -> m.group(1) + " " + m.group(2));
            case "DE", "FR" -> match(FIVE_DIGITS, compact, m -> m.group());
            default -> given.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        };
        if (normalised == null) {
            throw new UnshippableOrderException(UnshippableOrderException.BAD_POSTAL_CODE,
                    field + " '" + given + "' is not " + format);
        }
        if (normalised.length() > MAX) {
            throw new UnshippableOrderException(UnshippableOrderException.FIELD_TOO_LONG,
                    field + " '" + given + "' has " + normalised.length() + " characters; UPS allows " + MAX);
        }
        return normalised;
    }

    private interface Form {
        String of(Matcher m);
    }

    private static String match(Pattern pattern, String compact, Form form) {
        Matcher m = pattern.matcher(compact);
        return m.matches() ? form.of(m) : null;
    }
}
