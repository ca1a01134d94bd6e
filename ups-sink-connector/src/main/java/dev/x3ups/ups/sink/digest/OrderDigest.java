package dev.x3ups.ups.sink.digest;

import dev.x3ups.records.Address;
import dev.x3ups.records.Dimensions;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 (lower-case hex) of what decides how an order ships: kind, folder, number, site, party, both
 * addresses, lines (item, quantity, unit, weights, dimensions), delivery mode, carrier and customer reference.
 * Not the revision, status, totals or line descriptions: X3's write-back bumps the revision, and that must not
 * look like a change. Every field is written length-prefixed in UTF-8 and decimals without trailing zeros
 * ({@code 2.50} = {@code 2.5}), so equal content gives the same digest in every JVM.
 */
public final class OrderDigest {
    private OrderDigest() {
    }

    public static String of(Order order) {
        Canonical c = new Canonical();
        c.text("order").text(order.kind().name()).text(order.folder()).text(order.number()).text(order.site())
                .text(order.partyCode()).text(order.deliveryMode()).text(order.carrier())
                .text(order.customerReference());
        address(c.text("shipFrom"), order.shipFrom());
        address(c.text("shipTo"), order.shipTo());
        c.text("lines").number(BigDecimal.valueOf(order.lines().size()));
        for (OrderLine line : order.lines()) {
            c.number(BigDecimal.valueOf(line.lineNumber())).text(line.item()).number(line.quantity()).text(line.unit())
                    .number(line.unitWeight()).number(line.lineWeight()).text(line.weightUnit());
            Dimensions d = line.dimensions();
            if (d == null) {
                c.text(null);
            } else {
                c.text("dimensions").number(d.length()).number(d.width()).number(d.height()).text(d.unit());
            }
        }
        return c.sha256();
    }

    private static void address(Canonical c, Address a) {
        if (a == null) {
            c.text(null);
            return;
        }
        c.text(a.name()).text(a.attention()).text(a.phone()).text(a.email())
                .number(BigDecimal.valueOf(a.lines().size()));
        a.lines().forEach(c::text);
        c.text(a.city()).text(a.stateProvince()).text(a.postalCode()).text(a.countryCode())
                .text(Boolean.toString(a.residential()));
    }

    /** Length-prefixed fields; null is distinct from "". */
    private static final class Canonical {
        private final StringBuilder out = new StringBuilder();

        Canonical text(String value) {
            if (value == null) {
                out.append("-;");
            } else {
                out.append(value.length()).append(':').append(value).append(';');
            }
            return this;
        }

        Canonical number(BigDecimal value) {
            return text(value == null ? null
                    : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
        }

        String sha256() {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                return HexFormat.of().formatHex(sha.digest(out.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("every Java platform has SHA-256", impossible);
            }
        }
    }
}
