package dev.x3ups.ups.simulator.alert;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** v2 webhook destinations, one per UPS client id ("Manage Webhook Credentials" in UPS's portal). */
public final class WebhookRegistry {
    private final Map<String, WebhookDestination> byClientId = new ConcurrentHashMap<>();

    public void register(String upsClientId, WebhookDestination destination) {
        byClientId.put(upsClientId, destination);
    }

    public void remove(String upsClientId) {
        byClientId.remove(upsClientId);
    }

    public Optional<WebhookDestination> get(String upsClientId) {
        return Optional.ofNullable(byClientId.get(upsClientId));
    }
}
