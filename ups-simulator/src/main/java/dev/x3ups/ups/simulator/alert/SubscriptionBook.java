package dev.x3ups.ups.simulator.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The current subscription of each tracking number; subscribing again renews it. */
public final class SubscriptionBook {
    private final Map<String, Subscription> byTrackingNumber = new ConcurrentHashMap<>();
    private final Map<String, AccountSubscription> byClientAndAccount = new ConcurrentHashMap<>();

    public void put(Subscription s) {
        byTrackingNumber.put(s.trackingNumber(), s);
    }

    public Optional<Subscription> get(String trackingNumber) {
        return Optional.ofNullable(byTrackingNumber.get(trackingNumber));
    }

    public void putAccount(AccountSubscription s) {
        byClientAndAccount.put(s.clientId() + "|" + s.account(), s);
    }

    public boolean removeAccount(String clientId, String account) {
        return byClientAndAccount.remove(clientId + "|" + account) != null;
    }

    /** Account subscriptions of any client on this shipper account. */
    public List<AccountSubscription> accountSubscriptions(String account) {
        if (byClientAndAccount.isEmpty()) {
            return List.of();
        }
        return byClientAndAccount.values().stream().filter(s -> s.account().equalsIgnoreCase(account)).toList();
    }

    public long active(Instant now) {
        return byTrackingNumber.values().stream().filter(s -> now.isBefore(s.expiresAt())).count();
    }
}
