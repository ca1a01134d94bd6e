package dev.x3ups.ups.sink.planning;

import dev.x3ups.ups.client.ship.ShipmentSpec;
import java.util.Objects;

/**
 * A shipment ready to send for one order.
 *
 * @param request     the UPS request, carrying {@code reference} on every package and in the
 *                    customer context
 * @param reference   the idempotency reference UPS echoes (the order key), used to find the shipment
 *                    again after an ambiguous ship call
 * @param orderDigest digest of the order's shipping-relevant content (see {@code OrderDigest})
 * @param notes       configured defaults the plan used because X3 held nothing, for the ledger; null when none
 */
public record ShipmentPlan(ShipmentSpec request, String reference, String orderDigest, String notes) {
    public ShipmentPlan {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(orderDigest, "orderDigest");
    }

    public ShipmentPlan(ShipmentSpec request, String reference, String orderDigest) {
        this(request, reference, orderDigest, null);
    }
}
