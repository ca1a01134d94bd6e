package dev.x3ups.x3.client.mapping;

import dev.x3ups.records.Order;
import java.util.Locale;

/**
 * Whether X3 withdrew an order, so that a shipment made for it is voided: the order is closed, or every
 * line is closed or removed, while X3 says nothing of it was delivered (received, for a purchase order).
 * A closed order whose goods went out, even partly, ended normally and keeps its status; so does one
 * whose delivery progress the row does not carry, since cancelling on a guess could void a parcel that
 * is on its way. See docs/architecture.md, "Orders cancelled in X3".
 */
public final class OrderWithdrawal {

    /** How much of the order X3 delivered (sales {@code DLVSTA}) or received (purchase {@code RCPFLG}). */
    public enum Delivery {
        NONE, PARTLY, FULL;

        /** Local menus 417 and the receipt flag (1 none, 2 partly, 3 all), or the GraphQL enum names. */
        public static Delivery of(String value) {
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "1", "notdelivered", "notreceived" -> NONE;
                case "2", "partlydelivered", "partlyreceived" -> PARTLY;
                case "3", "delivered", "received" -> FULL;
                default -> null;
            };
        }
    }

    /**
     * The lines a row carries.
     *
     * @param total  lines present (removed lines are simply absent)
     * @param closed those among them X3 closed
     */
    public record Lines(int total, int closed) {
        /** Every line closed or removed: vacuously true for an order left without lines. */
        boolean allWithdrawn() {
            return closed >= total;
        }
    }

    private OrderWithdrawal() {
    }

    /**
     * The status text the order travels with.
     *
     * @param statusText OPEN / CLOSED (or another text) from the order's status field
     * @param delivery   delivery or receipt progress, null when the row does not carry it
     * @param lines      the row's lines, null when the row does not carry its lines collection
     */
    public static String status(String statusText, Delivery delivery, Lines lines) {
        if (delivery != Delivery.NONE) {
            return statusText;
        }
        boolean closed = "CLOSED".equals(statusText);
        boolean linesWithdrawn = lines != null && lines.allWithdrawn();
        return closed || linesWithdrawn ? Order.CANCELLED : statusText;
    }

    /** A sales line status (local menu 279: 1 pending, 2 late, 3 closed) or its GraphQL name. */
    public static boolean lineStatusClosed(String value) {
        return value != null && ("3".equals(value) || "closed".equalsIgnoreCase(value));
    }

    /** A yes/no closed flag (local menu 1: 1 no, 2 yes) or its GraphQL name. */
    public static boolean closedFlag(String value) {
        return value != null && ("2".equals(value) || "yes".equalsIgnoreCase(value));
    }
}
