package dev.x3ups.ups.simulator.alert;

import dev.x3ups.ups.simulator.clock.SimClock;
import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.ship.ShipmentBook;
import dev.x3ups.ups.simulator.ship.ShippedPackage;
import dev.x3ups.ups.simulator.timeline.TimelineListener;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javax.net.ssl.SSLContext;

/** Track Alert as a whole: subscriptions, webhook registrations, delivery behaviour and statistics. */
public final class TrackAlert {
    private final SubscriptionBook subscriptions = new SubscriptionBook();
    private final WebhookRegistry registry = new WebhookRegistry();
    private final DeliveryStats stats = new DeliveryStats();
    private final SubscriptionEndpoint endpoint;
    private final AccountSubscriptionEndpoint accountEndpoint;
    private final TrackAlertDispatcher dispatcher;
    private final SimClock clock;

    public TrackAlert(ShipmentBook shipments, SimClock clock, Clock wall, ScheduledExecutorService scheduler,
                      Executor httpExecutor, Random random, int maxInFlight, String account, SSLContext ssl) {
        this.clock = clock;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).executor(httpExecutor);
        if (ssl != null) {
            builder.sslContext(ssl);
        }
        HttpClient http = builder.build();
        WebhookSender sender = new WebhookSender(http, new ReceiverTokens(http, wall), stats, maxInFlight, 200_000);
        this.endpoint = new SubscriptionEndpoint(subscriptions, shipments, clock);
        this.accountEndpoint = new AccountSubscriptionEndpoint(subscriptions, clock, account, endpoint::available);
        this.dispatcher = new TrackAlertDispatcher(subscriptions, registry, sender, stats, scheduler, random, 2000);
    }

    /** v2: events of packages subscribed by {@code upsClientId} are posted to this destination. */
    public void registerWebhook(String upsClientId, WebhookDestination destination) {
        registry.register(upsClientId, destination);
    }

    public void removeWebhook(String upsClientId) {
        registry.remove(upsClientId);
    }

    public Optional<WebhookDestination> webhook(String upsClientId) {
        return registry.get(upsClientId);
    }

    public void setBehaviour(DeliveryBehaviour behaviour) {
        dispatcher.setBehaviour(behaviour);
    }

    public DeliveryBehaviour behaviour() {
        return dispatcher.behaviour();
    }

    /** false: subscription requests are rejected with VSS000 ("not available for this account"). */
    public void setAvailable(boolean available) {
        endpoint.setAvailable(available);
    }

    public DeliveryStats.Counts stats() {
        return stats.snapshot();
    }

    public long activeSubscriptions() {
        return subscriptions.active(clock.now());
    }

    public Optional<Subscription> subscription(String trackingNumber) {
        return subscriptions.get(trackingNumber);
    }

    public ApiHandler subscriptionEndpoint() {
        return endpoint;
    }

    public ApiHandler accountSubscriptionEndpoint() {
        return accountEndpoint;
    }

    public TimelineListener<ShippedPackage> listener() {
        return dispatcher;
    }
}
