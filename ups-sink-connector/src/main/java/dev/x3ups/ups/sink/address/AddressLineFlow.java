package dev.x3ups.ups.sink.address;

import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits X3 street lines (3 × 50 characters) into UPS's three {@code AddressLine}s of 35 characters, breaking only
 * at spaces. Lines that fit are kept as X3 has them; otherwise each line is wrapped on its own (keeping X3's
 * line breaks), and if that needs more than three lines the whole address is re-flowed with ", " where X3 broke
 * the lines. What still does not fit is refused: an address is never cut.
 */
public final class AddressLineFlow {
    static final int LINE_MAX = 35;
    public static final int LINES_MAX = 3;

    private AddressLineFlow() {
    }

    /** @param field what the lines are, for the failure reason (e.g. {@code shipTo.lines}) */
    public static List<String> fit(String field, List<String> lines) throws UnshippableOrderException {
        List<String> given = lines.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
        if (given.isEmpty()) {
            throw new UnshippableOrderException(UnshippableOrderException.NO_ADDRESS_LINE,
                    field + " is empty; UPS needs at least one street line");
        }
        if (given.size() <= LINES_MAX && given.stream().allMatch(l -> l.length() <= LINE_MAX)) {
            return given;
        }
        for (String line : given) {
            for (String word : line.split(" ")) {
                if (word.length() > LINE_MAX) {
                    throw new UnshippableOrderException(UnshippableOrderException.ADDRESS_TOO_LONG,
                            field + " has a " + word.length() + "-character word '" + word
                                    + "' that no UPS address line of " + LINE_MAX + " characters can hold");
                }
            }
        }
        List<String> wrapped = new ArrayList<>();
        for (String line : given) {
            wrapped.addAll(wrap(line));
        }
        if (wrapped.size() <= LINES_MAX) {
            return wrapped;
        }
        List<String> reflowed = wrap(joined(given));
        if (reflowed.size() <= LINES_MAX) {
            return reflowed;
        }
        throw new UnshippableOrderException(UnshippableOrderException.ADDRESS_TOO_LONG,
                field + " " + describe(given) + " do not fit into " + LINES_MAX + " UPS address lines of "
                        + LINE_MAX + " characters at word boundaries");
    }

    private static String joined(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (!text.isEmpty()) {
                char last = text.charAt(text.length() - 1);
                text.append(last == ',' || last == ';' ? " " : ", ");
            }
            text.append(line);
        }
        return text.toString();
    }

    private static List<String> wrap(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.trim().split(" +")) {
            if (current.isEmpty()) {
                current.append(word);
            } else if (current.length() + 1 + word.length() <= LINE_MAX) {
                current.append(' ').append(word);
            } else {
                out.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    private static String describe(List<String> lines) {
        StringBuilder lengths = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            lengths.append(i == 0 ? "" : i == lines.size() - 1 ? " and " : ", ").append(lines.get(i).length());
        }
        return "(" + lines.size() + (lines.size() == 1 ? " line of " : " lines of ") + lengths + " characters)";
    }
}
