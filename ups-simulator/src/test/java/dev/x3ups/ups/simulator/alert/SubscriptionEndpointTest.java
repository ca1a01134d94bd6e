package dev.x3ups.ups.simulator.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.simulator.clock.SimClock;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.ship.Shipment;
import dev.x3ups.ups.simulator.ship.ShipmentBook;
import dev.x3ups.ups.simulator.ship.ShipmentFactory;
import dev.x3ups.ups.simulator.ship.TrackingNumbers;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.timeline.TimelinePlanner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Drives the endpoint directly, without HTTP. */
class SubscriptionEndpointTest {
    private final Instant now = Instant.parse("2026-07-01T10:00:00Z");
    private final SimClock clock = new SimClock(Clock.systemUTC(), now, 0);
    private final ShipmentBook shipments = new ShipmentBook();
    private final SubscriptionBook subscriptions = new SubscriptionBook();
    private final SubscriptionEndpoint endpoint = new SubscriptionEndpoint(subscriptions, shipments, clock);

    private ApiRequest request(String type, String body) {
        return ApiRequest.of("POST", "/api/track/v2/subscription/" + type + "/package",
                        Map.of("transId", "t1", "transactionSrc", "tests"), body)
                .withPathParams(Map.of("version", "v2", "type", type)).withClientId("client");
    }

    @Test
    void subscribesKnownNumbersForFourteenDaysWithEventPreferences() {
        Shipment s = new ShipmentFactory(new TrackingNumbers(1), new TimelinePlanner(1, 0, 0))
                .create(ShipRequests.domestic("X3-S").get("ShipmentRequest"), "client", now);
        shipments.register(s);
        ApiResponse r = endpoint.handle(request("enhanced", "{\"locale\":\"en_US\",\"trackingNumberList\":[\""
                + s.id() + "\"],\"eventPreferences\":[\"D\",\"X\"]}"));
        assertThat(r.status()).isEqualTo(200);
        Subscription sub = subscriptions.get(s.id()).orElseThrow();
        assertThat(sub.expiresAt()).isEqualTo(now.plus(Duration.ofDays(14)));
        assertThat(sub.eventTypes()).containsExactlyInAnyOrder("D", "X");
        assertThat(sub.covers(now.plusSeconds(1), "I")).isFalse();
        assertThat(sub.covers(now.plusSeconds(1), "D")).isTrue();
        assertThat(subscriptions.active(now)).isEqualTo(1);
    }

    @Test
    void preferencesOnlyForEnhancedAndHeadersRequired() {
        assertThat(endpoint.handle(request("standard", "{\"locale\":\"en_US\",\"trackingNumberList\":[\"1Z\"],"
                + "\"eventPreferences\":[\"D\"]}")).body().at("/response/errors/0/code").asText()).isEqualTo("VSS414");
        ApiRequest noTransId = ApiRequest.of("POST", "/x", Map.of("transactionSrc", "t"), "{}")
                .withPathParams(Map.of("version", "v2", "type", "standard"));
        assertThat(endpoint.handle(noTransId).body().at("/response/errors/0/code").asText()).isEqualTo("VSS002");
        assertThat(endpoint.handle(request("standard", "")).body().at("/response/errors/0/code").asText())
                .isEqualTo("VSS110");
    }

    @Test
    void behaviourRatesAreBounded() {
        assertThatThrownBy(() -> DeliveryBehaviour.reliable().withDropRate(1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DeliveryBehaviour.reliable().withDuplicateRate(0.5).duplicateRate()).isEqualTo(0.5);
    }
}
