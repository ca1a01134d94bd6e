package dev.x3ups.ups.simulator.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.ship.Shipment;
import dev.x3ups.ups.simulator.ship.ShipmentFactory;
import dev.x3ups.ups.simulator.ship.ShippedPackage;
import dev.x3ups.ups.simulator.ship.TrackingNumbers;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.timeline.TimelineEvent;
import dev.x3ups.ups.simulator.timeline.TimelinePlanner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrackAlertDispatcherTest {
    private record Post(WebhookDestination destination, JsonNode body) { }

    private final Instant created = Instant.parse("2026-07-01T10:00:00Z");
    private final ShippedPackage pkg = pkg();
    private final List<TimelineEvent> events = pkg.timeline().planned();
    private final SubscriptionBook subscriptions = new SubscriptionBook();
    private final WebhookRegistry registry = new WebhookRegistry();
    private final DeliveryStats stats = new DeliveryStats();
    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final TrackAlertDispatcher dispatcher = new TrackAlertDispatcher(subscriptions, registry,
            (d, body) -> posts.add(new Post(d, Json.parse(new String(body, StandardCharsets.UTF_8)))),
            stats, scheduler, new Random(1), 300);
    private final WebhookDestination v2 = WebhookDestination.oauth("http://r/events", "http://r/token", "rid", "rs");

    private ShippedPackage pkg() {
        Shipment s = new ShipmentFactory(new TrackingNumbers(3), new TimelinePlanner(1, 0, 0))
                .create(ShipRequests.domestic("X3-D").get("ShipmentRequest"), "client", created);
        return s.packages().get(0);
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private void subscribe(WebhookDestination v1Destination) {
        subscriptions.put(new Subscription(pkg.trackingNumber(), "client", "standard", Set.of(), v1Destination,
                created.plusSeconds(1), created.plus(Duration.ofDays(14))));
    }

    private List<String> codes() {
        return posts.stream().map(p -> p.body().at("/activityStatus/code").asText()).toList();
    }

    @Test
    void onlySubscribedEventsAfterTheSubscriptionArePosted() {
        registry.register("client", v2);
        dispatcher.onEvent(pkg, events.get(1));
        assertThat(posts).isEmpty();
        subscribe(null);
        dispatcher.onEvent(pkg, events.get(0));
        dispatcher.onEvent(pkg, events.get(1));
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).destination()).isEqualTo(v2);
        assertThat(posts.get(0).body().get("trackingNumber").asText()).isEqualTo(pkg.trackingNumber());
        assertThat(posts.get(0).body().at("/activityStatus/type").asText()).isEqualTo("I");
    }

    @Test
    void v1SubscriptionsUseTheirOwnDestinationAndV2WithoutWebhookIsUndeliverable() {
        subscribe(null);
        dispatcher.onEvent(pkg, events.get(1));
        assertThat(posts).isEmpty();
        assertThat(stats.snapshot().undeliverable()).isEqualTo(1);
        WebhookDestination v1 = WebhookDestination.credential("http://r/v1", "Bearer", "cred");
        subscribe(v1);
        dispatcher.onEvent(pkg, events.get(1));
        assertThat(posts).extracting(Post::destination).containsExactly(v1);
    }

    @Test
    void dropsAndDuplicates() {
        registry.register("client", v2);
        subscribe(null);
        dispatcher.setBehaviour(DeliveryBehaviour.reliable().withDropRate(1.0));
        dispatcher.onEvent(pkg, events.get(1));
        assertThat(posts).isEmpty();
        assertThat(stats.snapshot().dropped()).isEqualTo(1);
        dispatcher.setBehaviour(DeliveryBehaviour.reliable().withDuplicateRate(1.0));
        dispatcher.onEvent(pkg, events.get(2));
        assertThat(codes()).containsExactly(events.get(2).code(), events.get(2).code());
        assertThat(stats.snapshot().duplicated()).isEqualTo(1);
    }

    @Test
    void heldEventsFollowTheNextOneOrAreFlushed() {
        registry.register("client", v2);
        subscribe(null);
        dispatcher.setBehaviour(DeliveryBehaviour.reliable().withOutOfOrderRate(1.0));
        dispatcher.onEvent(pkg, events.get(1));
        assertThat(posts).isEmpty();
        dispatcher.onEvent(pkg, events.get(2));
        assertThat(codes()).containsExactly(events.get(2).code(), events.get(1).code());
        dispatcher.onEvent(pkg, events.get(3));
        await().atMost(Duration.ofSeconds(5)).until(() -> posts.size() == 3);
        assertThat(stats.snapshot().reordered()).isEqualTo(2);
    }

    @Test
    void deliveryIsFollowedByALatePhoto() {
        registry.register("client", v2);
        subscribe(null);
        dispatcher.setBehaviour(DeliveryBehaviour.reliable().withLatePhotoRate(1.0).withPhotoDelay(Duration.ofMillis(50)));
        dispatcher.onEvent(pkg, pkg.timeline().plannedDelivery());
        await().atMost(Duration.ofSeconds(5)).until(() -> posts.size() == 2);
        assertThat(posts.get(0).body().get("deliveryPhoto").asText()).isEmpty();
        assertThat(posts.get(1).body().get("deliveryPhoto").asText()).isNotEmpty();
        assertThat(posts.get(1).body().at("/activityStatus/type").asText()).isEqualTo("D");
    }
}
