package dev.x3ups.ups.simulator.alert;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The current subscription of each tracking number; subscribing again renews it. */
public final class SubscriptionBook {
    private final Map<String, Subscription> byTrackingNumber = new ConcurrentHashMap<>();

    public void put(Subscription s) {
        byTrackingNumber.put(s.trackingNumber(), s);
    }

    public Optional<Subscription> get(String trackingNumber) {
        return Optional.ofNullable(byTrackingNumber.get(trackingNumber));
    }

    public long active(Instant now) {
        return byTrackingNumber.values().stream().filter(s -> now.isBefore(s.expiresAt())).count();
    }
}
