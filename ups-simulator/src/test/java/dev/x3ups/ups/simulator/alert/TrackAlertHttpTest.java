package dev.x3ups.ups.simulator.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import dev.x3ups.ups.simulator.support.SimulatorClient.Answer;
import dev.x3ups.ups.simulator.support.WebhookReceiver;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrackAlertHttpTest {
    private static final String V2 = "/api/track/v2/subscription/standard/package";
    private final UpsSimulator sim = UpsSimulator.builder().exceptionShare(0).clockSpeed(0).start();
    private final SimulatorClient client = new SimulatorClient(sim);
    private final WebhookReceiver receiver = new WebhookReceiver();

    TrackAlertHttpTest() throws IOException {
    }

    @AfterEach
    void stop() {
        sim.close();
        receiver.close();
    }

    /** Ships {@code count} packages in one shipment and lets the manifest scan pass. */
    private List<String> shipPackages(int count) {
        ObjectNode request = ShipRequests.domestic("X3-TA");
        ArrayNode packages = (ArrayNode) ShipRequests.shipment(request).get("Package");
        for (int i = 1; i < count; i++) {
            ShipRequests.addPackage(packages, "2", "X3-TA-" + i);
        }
        List<String> numbers = new ArrayList<>();
        client.post("/api/shipments/v2409/ship", request).json().at("/ShipmentResponse/ShipmentResults/PackageResults")
                .forEach(p -> numbers.add(p.get("TrackingNumber").asText()));
        sim.advanceClock(Duration.ofMinutes(1));
        return numbers;
    }

    private static ObjectNode subscription(List<String> numbers) {
        ObjectNode body = SimulatorClient.MAPPER.createObjectNode().put("locale", "en_US").put("countryCode", "US");
        ArrayNode list = body.putArray("trackingNumberList");
        numbers.forEach(list::add);
        return body;
    }

    private void registerV2() {
        sim.trackAlert().registerWebhook(SimulatorClient.CLIENT_ID, WebhookDestination.oauth(receiver.url(),
                receiver.tokenUrl(), WebhookReceiver.CLIENT_ID, WebhookReceiver.CLIENT_SECRET));
    }

    @Test
    void deliversTheTimelineTheV2Way() {
        registerV2();
        String number = shipPackages(1).get(0);
        Answer a = client.post(V2, subscription(List.of(number)));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("validTrackingNumbers")).extracting(JsonNode::asText).containsExactly(number);
        assertThat(a.json().get("invalidTrackingNumbers")).isEmpty();
        sim.advanceClock(Duration.ofDays(10));
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.events().size() == 6);
        List<String> types = receiver.events().stream().map(e -> e.at("/activityStatus/type").asText()).toList();
        assertThat(types).containsExactlyInAnyOrder("I", "I", "I", "I", "I", "D").doesNotContain("M");
        JsonNode delivered = receiver.events().stream().filter(e -> e.at("/activityStatus/type").asText().equals("D"))
                .findFirst().orElseThrow();
        assertThat(delivered.get("trackingNumber").asText()).isEqualTo(number);
        assertThat(delivered.get("actualDeliveryDate").asText()).matches("\\d{8}");
        assertThat(delivered.get("deliveryPhoto").asText()).isEmpty();
        assertThat(delivered.get("gmtOffset").asText()).matches("[+-]\\d{2}\\.\\d{2}");
        assertThat(delivered.at("/activityStatus/descriptionCode").isTextual()).isTrue();
        assertThat(receiver.tokenRequests()).as("token cached").isEqualTo(1);
        assertThat(receiver.rejected()).isZero();
        assertThat(sim.trackAlert().stats().delivered()).isEqualTo(6);
    }

    @Test
    void deliversTheV1WayWithTheCredentialHeader() {
        String number = shipPackages(1).get(0);
        ObjectNode body = subscription(List.of(number));
        body.putObject("destination").put("url", receiver.url()).put("credentialType", "Bearer")
                .put("credential", WebhookReceiver.CREDENTIAL);
        assertThat(client.post("/api/track/v1/subscription/standard/package", body).status()).isEqualTo(200);
        sim.advanceClock(Duration.ofDays(10));
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.events().size() == 6);
        assertThat(receiver.tokenRequests()).isZero();
        assertThat(receiver.rejected()).isZero();
    }

    @Test
    void wrongReceiverCredentialsAreCountedAsFailuresAndNotRetried() {
        sim.trackAlert().registerWebhook(SimulatorClient.CLIENT_ID, WebhookDestination.oauth(receiver.url(),
                receiver.tokenUrl(), WebhookReceiver.CLIENT_ID, "wrong"));
        String number = shipPackages(1).get(0);
        client.post(V2, subscription(List.of(number)));
        sim.advanceClock(Duration.ofDays(10));
        await().atMost(Duration.ofSeconds(30)).until(() -> sim.trackAlert().stats().failed() == 6);
        assertThat(receiver.events()).isEmpty();
        assertThat(sim.trackAlert().stats().attempted()).isEqualTo(6);
    }

    @Test
    void enforcesTheLimitsAndReportsPartialSuccess() {
        List<String> numbers = shipPackages(2);
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(numbers.get(0));
        }
        Answer over = client.post(V2, subscription(tooMany));
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.errorCode()).isEqualTo("VSS220");

        Answer partial = client.post(V2, subscription(List.of(numbers.get(0), "1Z999AA10123456784", "bogus", numbers.get(1))));
        assertThat(partial.status()).isEqualTo(200);
        assertThat(partial.json().get("validTrackingNumbers")).extracting(JsonNode::asText)
                .containsExactly(numbers.get(0), numbers.get(1));
        assertThat(partial.json().get("invalidTrackingNumbers")).extracting(JsonNode::asText)
                .containsExactly("1Z999AA10123456784", "bogus");

        Answer none = client.post(V2, subscription(List.of("1Z999AA10123456784")));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.errorCode()).isEqualTo("VSS210");
        assertThat(none.json().get("invalidTrackingNumbers")).hasSize(1);

        ObjectNode badLocale = subscription(numbers).put("locale", "fr_FR");
        assertThat(client.post(V2, badLocale).errorCode()).isEqualTo("VSS310");
        assertThat(client.post("/api/track/v2/subscription/premium/package", subscription(numbers)).errorCode())
                .isEqualTo("VSS930");
        assertThat(client.post("/api/track/v1/subscription/standard/package", subscription(numbers)).errorCode())
                .isEqualTo("VSS500");

        sim.trackAlert().setAvailable(false);
        assertThat(client.post(V2, subscription(numbers)).errorCode()).isEqualTo("VSS000");
    }

    @Test
    void accountSubscriptionsCoverEveryPackageOfTheAccountUntilRemoved() {
        registerV2();
        String account = "/api/track/v2/subscription/standard/account";
        ObjectNode body = SimulatorClient.MAPPER.createObjectNode().put("locale", "en_US")
                .put("shipperAccountNumber", ShipRequests.ACCOUNT);
        body.putArray("eventPreferences").add("D");
        Answer created = client.post(account, body);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().get("expiryDate").asText()).isEqualTo("9999-12-31");
        shipPackages(2);
        sim.advanceClock(Duration.ofDays(10));
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.events().size() == 2);
        assertThat(receiver.events()).allSatisfy(e -> assertThat(e.at("/activityStatus/type").asText()).isEqualTo("D"));

        Answer removed = client.delete(account + "?shipper_account_number=" + ShipRequests.ACCOUNT);
        assertThat(removed.json().get("message").asText()).isEqualTo("Account unsubscribed");
        shipPackages(1);
        sim.advanceClock(Duration.ofDays(10));
        assertThat(sim.trackAlert().stats().attempted()).isEqualTo(2);

        assertThat(client.post(account, body.put("shipperAccountNumber", "ZZZ999")).errorCode()).isEqualTo("VSS000");
        body.remove("shipperAccountNumber");
        assertThat(client.post(account, body).errorCode()).isEqualTo("VSS300");
        assertThat(client.delete(account).errorCode()).isEqualTo("VSS300");
    }

    @Test
    void subscriptionsExpireAfterFourteenDays() {
        List<String> numbers = shipPackages(1);
        client.post(V2, subscription(numbers));
        assertThat(sim.trackAlert().activeSubscriptions()).isEqualTo(1);
        sim.advanceClock(Duration.ofDays(14));
        assertThat(sim.trackAlert().activeSubscriptions()).isZero();
        Subscription s = sim.trackAlert().subscription(numbers.get(0)).orElseThrow();
        assertThat(s.covers(s.expiresAt(), "D")).isFalse();
        assertThat(s.covers(s.expiresAt().minusSeconds(1), "D")).isTrue();
        assertThat(s.covers(s.subscribedAt().minusSeconds(1), "I")).as("no history").isFalse();
    }

    @Test
    void dropsAndDuplicatesHappenAtTheConfiguredRates() {
        registerV2();
        sim.trackAlert().setBehaviour(DeliveryBehaviour.reliable().withDropRate(0.2).withDuplicateRate(0.1));
        List<String> numbers = shipPackages(100);
        assertThat(client.post(V2, subscription(numbers)).json().get("validTrackingNumbers")).hasSize(100);
        sim.advanceClock(Duration.ofDays(10));
        int eligible = 600;
        await().atMost(Duration.ofSeconds(45)).until(() -> {
            DeliveryStats.Counts c = sim.trackAlert().stats();
            return c.delivered() + c.failed() == (eligible - c.dropped()) + c.duplicated();
        });
        DeliveryStats.Counts c = sim.trackAlert().stats();
        assertThat(c.dropped()).isBetween(80L, 160L);
        assertThat(c.duplicated()).isBetween(25L, 75L);
        assertThat(c.failed()).isZero();
        assertThat(receiver.events()).hasSize((int) (eligible - c.dropped() + c.duplicated()));
    }

    @Test
    void latePhotoAndOutOfOrderDeliveries() {
        registerV2();
        sim.trackAlert().setBehaviour(DeliveryBehaviour.reliable().withLatePhotoRate(1.0).withOutOfOrderRate(1.0)
                .withPhotoDelay(Duration.ofMillis(200)));
        String number = shipPackages(1).get(0);
        client.post(V2, subscription(List.of(number)));
        sim.advanceClock(Duration.ofDays(10));
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.events().size() == 7);
        List<JsonNode> photos = receiver.events().stream().filter(e -> !e.get("deliveryPhoto").asText().isEmpty()).toList();
        assertThat(photos).hasSize(1);
        assertThat(photos.get(0).at("/activityStatus/type").asText()).isEqualTo("D");
        assertThat(sim.trackAlert().stats().reordered()).isPositive();
        assertThat(sim.trackAlert().stats().photos()).isEqualTo(1);
    }
}
