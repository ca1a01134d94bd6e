package dev.x3ups.ups.sink.address;

import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes X3 text in printable ASCII, because UPS labels and some UPS back ends mangle anything else.
 * Accents are dropped by Unicode compatibility decomposition ("Société" → "Societe"); letters without a
 * decomposition get their usual Latin spelling ("ß" → "ss", "Ø" → "O"); in German-speaking countries
 * umlauts are spelled the German way ("Müller" → "Mueller"). Text that still is not ASCII (Cyrillic,
 * CJK, …) is refused with the field named, never dropped.
 */
public final class AsciiText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Set<String> GERMAN_SPEAKING = Set.of("DE", "AT", "CH", "LI");
    private static final Map<Character, String> UMLAUTS = Map.of(
            'ä', "ae", 'ö', "oe", 'ü', "ue", 'Ä', "Ae", 'Ö', "Oe", 'Ü', "Ue");
    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('ẞ', "SS"), Map.entry('Æ', "AE"), Map.entry('æ', "ae"),
            Map.entry('Ø', "O"), Map.entry('ø', "o"), Map.entry('Œ', "OE"), Map.entry('œ', "oe"),
            Map.entry('Ł', "L"), Map.entry('ł', "l"), Map.entry('Đ', "D"), Map.entry('đ', "d"),
            Map.entry('Ð', "D"), Map.entry('ð', "d"), Map.entry('Þ', "Th"), Map.entry('þ', "th"),
            Map.entry('ı', "i"), Map.entry('Ħ', "H"), Map.entry('ħ', "h"),
            Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('‚', "'"), Map.entry('′', "'"),
            Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('„', "\""), Map.entry('″', "\""),
            Map.entry('«', "\""), Map.entry('»', "\""), Map.entry('–', "-"), Map.entry('—', "-"),
            Map.entry('‒', "-"), Map.entry('―', "-"), Map.entry('−', "-"), Map.entry('•', "-"),
            Map.entry('×', "x"), Map.entry('…', "..."), Map.entry('№', "No"), Map.entry('º', "o"),
            Map.entry('ª', "a"));

    private AsciiText() {
    }

    /**
     * The ASCII form of {@code value} with runs of white space collapsed; {@code null} for null or blank.
     *
     * @param field   what the value is, for the failure reason (e.g. {@code shipTo.name})
     * @param country ISO country of the address the text belongs to (selects the umlaut spelling)
     */
    public static String of(String field, String value, String country) throws UnshippableOrderException {
        if (value == null || value.isBlank()) {
            return null;
        }
        boolean german = country != null && GERMAN_SPEAKING.contains(country);
        StringBuilder spelled = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = german ? UMLAUTS.get(c) : null;
            if (replacement == null) {
                replacement = LATIN.get(c);
            }
            if (replacement != null) {
                spelled.append(replacement);
            } else {
                spelled.append(c);
            }
        }
        String withoutMarks = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFKD)).replaceAll("");
        String decomposed = SPACES.matcher(withoutMarks).replaceAll(" ").trim();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new UnshippableOrderException(UnshippableOrderException.NOT_ASCII,
                        field + " '" + value + "' has a character ('" + c + "') with no ASCII form for a UPS label");
            }
        }
        return decomposed.isEmpty() ? null : decomposed;
    }
}
