package dev.x3ups.x3.client.mapping;

import java.util.Locale;

/** X3 order status as the text the {@code x3.orders} topic carries: OPEN or CLOSED. */
public final class OrderStatusText {

    private OrderStatusText() {
    }

    /** Sales {@code ORDSTA}: local menu 415, 1 open, 2 closed. */
    static String ofSalesMenu(String ordsta) {
        return menu(ordsta, "OPEN", "CLOSED");
    }

    /** Purchase {@code CLEFLG}: local menu 1 no (open), 2 yes (closed). */
    static String ofClosedFlag(String cleflg) {
        return menu(cleflg, "OPEN", "CLOSED");
    }

    /** GraphQL enum names: {@code open}/{@code closed}, or {@code isClosed} {@code no}/{@code yes}. */
    public static String ofGraphQl(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "open", "no" -> "OPEN";
            case "closed", "yes" -> "CLOSED";
            default -> value.toUpperCase(Locale.ROOT);
        };
    }

    private static String menu(String value, String one, String two) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "1" -> one;
            case "2" -> two;
            default -> ofGraphQl(value);
        };
    }
}
