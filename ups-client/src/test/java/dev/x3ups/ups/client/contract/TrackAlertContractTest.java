package dev.x3ups.ups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.client.Secret;
import dev.x3ups.ups.client.alert.SubscriptionResult;
import dev.x3ups.ups.client.alert.SubscriptionType;
import dev.x3ups.ups.client.alert.WebhookDestination;
import dev.x3ups.ups.client.ship.ShipOutcome;
import dev.x3ups.ups.client.ship.Shipments;
import dev.x3ups.ups.simulator.ApiEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Track Alert v2 subscriptions against the simulator, bodies checked against UPSTrackAlert.yaml. */
class TrackAlertContractTest {
    private SimulatorHarness harness;

    @BeforeEach
    void start() {
        harness = SimulatorHarness.start();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private List<String> shipMany(int count) throws Exception {
        List<CompletableFuture<ShipOutcome>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(harness.clients.ship().ship(Shipments.domesticUs("X3:SALES:TA" + i).build()));
        }
        List<String> numbers = new ArrayList<>();
        for (CompletableFuture<ShipOutcome> call : calls) {
            numbers.addAll(((ShipOutcome.Created) call.get(30, TimeUnit.SECONDS)).trackingNumbers());
        }
        return numbers;
    }

    @Test
    void partialSuccessListsValidAndInvalidNumbers() throws Exception {
        List<String> numbers = new ArrayList<>(shipMany(2));
        String unknown = "1ZA1B2C30399999990";
        numbers.add(unknown);
        SubscriptionResult result = harness.clients.trackAlert().subscribe(numbers, SubscriptionType.STANDARD)
                .get(20, TimeUnit.SECONDS);
        assertThat(result.valid()).containsExactlyInAnyOrderElementsOf(numbers.subList(0, 2));
        assertThat(result.invalid()).containsExactly(unknown);
        assertThat(result.expiresAt()).isEqualTo(result.subscribedAt().plus(Duration.ofDays(14)));
        harness.assertContractKept();
    }

    @Test
    void v1SubscriptionCarriesTheWebhookDestination() throws Exception {
        List<String> numbers = shipMany(2);
        WebhookDestination destination = new WebhookDestination("https://receiver.example/ups/events", "Bearer",
                Secret.of("v1-webhook-credential"));
        SubscriptionResult result = harness.clients.trackAlert().subscribe(numbers, SubscriptionType.ENHANCED, destination)
                .get(20, TimeUnit.SECONDS);
        assertThat(result.valid()).containsExactlyInAnyOrderElementsOf(numbers);
        assertThat(destination.toString()).doesNotContain("v1-webhook-credential");
        harness.assertContractKept();
    }

    @Test
    void allInvalidIsReportedAsAResultNotAnError() throws Exception {
        SubscriptionResult result = harness.clients.trackAlert()
                .subscribe(List.of("1ZA1B2C30399999990"), SubscriptionType.ENHANCED).get(20, TimeUnit.SECONDS);
        assertThat(result.valid()).isEmpty();
        assertThat(result.invalid()).containsExactly("1ZA1B2C30399999990");
        harness.assertContractKept();
    }

    @Test
    void moreThanAHundredNumbersAreSplitIntoCallsOfAtMostAHundred() throws Exception {
        List<String> numbers = shipMany(130);
        SubscriptionResult result = harness.clients.trackAlert().subscribe(numbers, SubscriptionType.STANDARD)
                .get(30, TimeUnit.SECONDS);
        assertThat(result.valid()).hasSize(130);
        assertThat(result.invalid()).isEmpty();
        assertThat(harness.sim.counters().count(ApiEndpoint.TRACK_ALERT)).isEqualTo(2);
        harness.assertContractKept();
    }
}
