package dev.x3ups.quickstart.runtime;

import dev.x3ups.quickstart.summary.UpsView;

/** A running UPS simulator, seen through types of this classloader only (it runs in its own). */
public interface UpsSimulatorHandle extends UpsView, AutoCloseable {

    int port();

    String baseUrl();

    /** What the UPS developer portal does for a real account: events of this client's subscriptions go there. */
    void registerWebhook(String upsClientId, WebhookTarget target);

    @Override
    void close();
}
