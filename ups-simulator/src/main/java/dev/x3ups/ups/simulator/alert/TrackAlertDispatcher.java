package dev.x3ups.ups.simulator.alert;

import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.ship.ShippedPackage;
import dev.x3ups.ups.simulator.timeline.TimelineEvent;
import dev.x3ups.ups.simulator.timeline.TimelineListener;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Turns scans of subscribed packages into webhook posts, applying the switched-on unreliability:
 * drops, duplicates, holding an event back until after the package's next one (flushed after
 * {@code holdMillis} if none comes), and a late second D event with a photo.
 */
final class TrackAlertDispatcher implements TimelineListener<ShippedPackage> {
    private record Held(WebhookDestination destination, byte[] body) { }

    private final SubscriptionBook subscriptions;
    private final WebhookRegistry registry;
    private final EventPoster sender;
    private final DeliveryStats stats;
    private final ScheduledExecutorService scheduler;
    private final Random random;
    private final long holdMillis;
    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private volatile DeliveryBehaviour behaviour = DeliveryBehaviour.reliable();

    TrackAlertDispatcher(SubscriptionBook subscriptions, WebhookRegistry registry, EventPoster sender,
                         DeliveryStats stats, ScheduledExecutorService scheduler, Random random, long holdMillis) {
        this.subscriptions = subscriptions;
        this.registry = registry;
        this.sender = sender;
        this.stats = stats;
        this.scheduler = scheduler;
        this.random = random;
        this.holdMillis = holdMillis;
    }

    void setBehaviour(DeliveryBehaviour b) {
        this.behaviour = b;
    }

    DeliveryBehaviour behaviour() {
        return behaviour;
    }

    @Override
    public void onEvent(ShippedPackage pkg, TimelineEvent event) {
        Optional<Subscription> sub = subscriptions.get(pkg.trackingNumber());
        if (sub.isPresent() && sub.get().covers(event.at(), event.trackAlertType())) {
            WebhookDestination destination = sub.get().destination() != null ? sub.get().destination()
                    : registry.get(sub.get().clientId()).orElse(null);
            deliver(pkg, event, destination);
            return;
        }
        for (AccountSubscription account : subscriptions.accountSubscriptions(pkg.shipment().shipperNumber())) {
            if (account.covers(event.at(), event.trackAlertType())) {
                deliver(pkg, event, registry.get(account.clientId()).orElse(null));
            }
        }
    }

    private void deliver(ShippedPackage pkg, TimelineEvent event, WebhookDestination destination) {
        if (destination == null) {
            stats.undeliverable.increment();
            return;
        }
        DeliveryBehaviour b = behaviour;
        if (draw(b.dropRate())) {
            stats.dropped.increment();
            return;
        }
        byte[] body = bytes(pkg, event, false);
        String key = pkg.trackingNumber();
        Held earlier = held.remove(key);
        if (earlier == null && draw(b.outOfOrderRate())) {
            held.put(key, new Held(destination, body));
            stats.reordered.increment();
            scheduler.schedule(() -> flush(key), holdMillis, TimeUnit.MILLISECONDS);
            return;
        }
        sender.send(destination, body);
        if (earlier != null) {
            sender.send(earlier.destination(), earlier.body());
        }
        if (draw(b.duplicateRate())) {
            stats.duplicated.increment();
            sender.send(destination, body);
        }
        if (event.delivered() && draw(b.latePhotoRate())) {
            byte[] photo = bytes(pkg, event, true);
            scheduler.schedule(() -> {
                stats.photos.increment();
                sender.send(destination, photo);
            }, b.photoDelay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void flush(String trackingNumber) {
        Held h = held.remove(trackingNumber);
        if (h != null) {
            sender.send(h.destination(), h.body());
        }
    }

    private boolean draw(double rate) {
        return rate > 0 && random.nextDouble() < rate;
    }

    private static byte[] bytes(ShippedPackage pkg, TimelineEvent event, boolean photo) {
        return Json.write(TrackingEventPayloads.event(pkg, event, photo)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
