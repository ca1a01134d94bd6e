package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Order;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.UpsClients;
import dev.x3ups.ups.client.auth.TokenManagerRegistry;
import dev.x3ups.ups.client.ship.ShipOutcome;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link TrackReferenceSearch}, {@link QuantumViewManifestSearch} and {@link LabelRecoverySearch} against the UPS simulator. */
class UpsSearchesTest {
    private static UpsSimulator sim;
    private static UpsClients ups;

    @BeforeAll
    static void start() {
        sim = UpsSimulator.builder().port(0).accountNumber(SinkOrders.ACCOUNT).start();
        UpsClientConfig config = UpsClientConfig.builder().baseUrl(sim.baseUrl()).clientId("sim-client-id")
                .clientSecret("sim-client-secret").build();
        ups = UpsClients.create(config, TokenManagerRegistry.unshared(config));
    }

    @AfterAll
    static void stop() {
        ups.close();
        sim.close();
    }

    private static String ship(Order order) {
        ShipOutcome outcome = ups.ship().ship(SinkOrders.plan(order, 1).request()).join();
        assertThat(outcome).isInstanceOf(ShipOutcome.Created.class);
        return ((ShipOutcome.Created) outcome).shipmentId();
    }

    @Test
    void trackByReferenceFindsLivePackagesOnly() {
        Order order = SinkOrders.order("TRK1");
        String first = ship(order);
        String second = ship(order);
        TrackReferenceSearch search = new TrackReferenceSearch(ups.track());

        assertThat(search.trackingNumbers(order.key(), SinkOrders.ACCOUNT).join())
                .containsExactlyInAnyOrder(first, second);
        assertThat(ups.voids().voidShipment(second).join().voided()).isTrue();
        assertThat(search.trackingNumbers(order.key(), SinkOrders.ACCOUNT).join()).containsExactly(first);
        assertThat(search.trackingNumbers("SEED:SALES:NOSUCH", SinkOrders.ACCOUNT).join()).isEmpty();
    }

    @Test
    void quantumViewManifestsCarryTheReference() throws Exception {
        Order order = SinkOrders.order("QV1");
        String shipped = ship(order);
        sim.advanceClock(Duration.ofMinutes(10));
        QuantumViewManifestSearch search = new QuantumViewManifestSearch(ups.quantumView(), "OutboundXML",
                Duration.ofDays(1), Clock.systemUTC());

        assertThat(search.trackingNumbers(order.key(), SinkOrders.ACCOUNT).get(30, TimeUnit.SECONDS)).contains(shipped);
        assertThat(search.trackingNumbers("SEED:SALES:NOSUCH", null).get(30, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void labelRecoveryFindsTheLiveShipmentAndMissesAnUnknownReference() {
        Order order = SinkOrders.order("LR1");
        String shipped = ship(order);
        LabelRecoverySearch search = new LabelRecoverySearch(ups.labelRecovery()::byReference);

        assertThat(search.trackingNumbers(order.key(), SinkOrders.ACCOUNT).join()).containsExactly(shipped);
        assertThat(search.trackingNumbers("SEED:SALES:NOSUCH", SinkOrders.ACCOUNT).join()).isEmpty();
        assertThat(ups.voids().voidShipment(shipped).join().voided()).isTrue();
        assertThat(search.trackingNumbers(order.key(), SinkOrders.ACCOUNT).join()).isEmpty();
    }
}
