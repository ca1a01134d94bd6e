package dev.x3ups.ups.sink.address;

import dev.x3ups.ups.sink.planning.UnshippableOrderException;

/**
 * Fits a party's name and attention into UPS's two 35-character fields. A longer name may continue in the
 * attention line, split at a space, only when the attention line is free and the rest fits it — a company
 * name read across both lines still means the company. Anything else is refused, never cut.
 */
public final class PartyNames {
    public static final int MAX = 35;

    /** The name and attention as UPS will print them; {@code attention} may be null. */
    record Fitted(String name, String attention) {
    }

    private PartyNames() {
    }

    /** @param field the party, for the failure reason (e.g. {@code shipTo}) */
    static Fitted fit(String field, String name, String attention) throws UnshippableOrderException {
        if (name == null || name.isBlank()) {
            if (attention != null && !attention.isBlank() && attention.length() <= MAX) {
                // a private person is often only the contact: the contact is then the name
                return new Fitted(attention, null);
            }
            throw new UnshippableOrderException(UnshippableOrderException.NO_NAME, field + ".name is empty");
        }
        if (attention != null && attention.length() > MAX) {
            throw new UnshippableOrderException(UnshippableOrderException.FIELD_TOO_LONG,
                    field + ".attention '" + attention + "' has " + attention.length()
                            + " characters; UPS allows " + MAX);
        }
        if (name.length() <= MAX) {
            return new Fitted(name, attention);
        }
        String tooLong = field + ".name '" + name + "' has " + name.length() + " characters; UPS allows " + MAX;
        if (attention != null) {
            throw new UnshippableOrderException(UnshippableOrderException.NAME_TOO_LONG,
                    tooLong + " and the attention line is taken");
        }
        int cut = name.lastIndexOf(' ', MAX);
        if (cut <= 0 || name.length() - cut - 1 > MAX) {
            throw new UnshippableOrderException(UnshippableOrderException.NAME_TOO_LONG,
                    tooLong + ", even continued in the attention line");
        }
        return new Fitted(name.substring(0, cut), name.substring(cut + 1));
    }
}
