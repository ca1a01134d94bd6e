package dev.x3ups.ups.simulator.alert;

import java.time.Instant;
import java.util.Set;

/**
 * A package subscription. {@code destination} is set for v1 (from the request body); for v2 it is null
 * and the webhook registered for {@code clientId} is used. Empty {@code eventTypes} means all.
 */
public record Subscription(String trackingNumber, String clientId, String type, Set<String> eventTypes,
                           WebhookDestination destination, Instant subscribedAt, Instant expiresAt) {

    public boolean covers(Instant eventAt, String trackAlertType) {
        return !eventAt.isBefore(subscribedAt) && eventAt.isBefore(expiresAt)
                && (eventTypes.isEmpty() || eventTypes.contains(trackAlertType) || "MV".equals(trackAlertType));
    }
}
