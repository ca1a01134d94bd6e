package dev.x3ups.ups.sink.planning;

import dev.x3ups.records.Order;
import dev.x3ups.records.OrderLine;
import dev.x3ups.ups.sink.address.AsciiText;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Describes an order's goods for UPS ({@code Shipment.Description}, package descriptions, invoice products):
 * each line by its item's description, else the configured description of its item family, else its item
 * reference. Never the order number: UPS and customs want to know what is in the box.
 */
final class GoodsDescriptions {
    /** {@code Shipment.Description}. */
    static final int SHIPMENT_MAX = 50;
    /** {@code Package.Description} and an invoice product's description line. */
    static final int LINE_MAX = 35;

    private final CustomsSettings customs;

    GoodsDescriptions(CustomsSettings customs) {
        this.customs = customs;
    }

    /** One line's goods in at most {@value #LINE_MAX} ASCII characters. */
    String of(OrderLine line, String country) {
        String text = ascii(line.description(), country);
        if (text == null) {
            text = ascii(customs.familyDescription(line.itemFamily()), country);
        }
        if (text == null) {
            text = ascii(line.item(), country);
        }
        return fit(text == null ? "Goods" : text, LINE_MAX);
    }

    /** The distinct goods of the shipped lines, as many as fit {@code max} characters. */
    String of(Order order, String country, int max) {
        Set<String> goods = new LinkedHashSet<>();
        for (OrderLine line : order.lines()) {
            if (line.quantity() != null && line.quantity().signum() > 0) {
                goods.add(of(line, country));
            }
        }
        StringBuilder text = new StringBuilder();
        for (String good : goods) {
            String next = text.isEmpty() ? good : text + ", " + good;
            if (next.length() > max) {
                break;
            }
            text.setLength(0);
            text.append(next);
        }
        if (text.isEmpty()) {
            return goods.isEmpty() ? "Goods" : fit(goods.iterator().next(), max);
        }
        return text.toString();
    }

    /** At most {@code max} characters, cut at a word boundary when one is near enough. */
    static String fit(String text, int max) {
        String s = text.strip();
        if (s.length() <= max) {
            return s;
        }
        int space = s.lastIndexOf(' ', max);
        return (space >= max / 2 ? s.substring(0, space) : s.substring(0, max)).strip();
    }

    private static String ascii(String text, String country) {
        try {
            String ascii = AsciiText.of("description", text, country);
            return ascii == null || ascii.isBlank() ? null : ascii;
        } catch (UnshippableOrderException notAscii) {
            return null; // the next source of a description is used instead
        }
    }
}
