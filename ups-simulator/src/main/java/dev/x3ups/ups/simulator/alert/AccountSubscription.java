package dev.x3ups.ups.simulator.alert;

import java.time.Instant;
import java.util.Set;

/** A v2 account subscription: every package shipped on {@code account} from {@code since} on; it does not expire. */
public record AccountSubscription(String clientId, String account, String type, Set<String> eventTypes,
                                  Instant since) {

    public boolean covers(Instant eventAt, String trackAlertType) {
        return !eventAt.isBefore(since)
                && (eventTypes.isEmpty() || eventTypes.contains(trackAlertType) || "MV".equals(trackAlertType));
    }
}
