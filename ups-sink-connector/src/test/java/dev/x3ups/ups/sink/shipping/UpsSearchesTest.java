package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Address;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.OrderLine;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.UpsClients;
import dev.x3ups.ups.client.auth.TokenManagerRegistry;
import dev.x3ups.ups.client.ship.ShipOutcome;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.sink.planning.OrderShipmentPlanner;
import dev.x3ups.ups.sink.planning.PlanningConfig;
import dev.x3ups.ups.sink.service.RateQuoter;
import dev.x3ups.ups.sink.planning.ShipmentPlan;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * The planner puts the order key on the packages only on US-US and PR-PR and on the shipment everywhere else;
     * every search still finds the shipment on each lane.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"CA-CA,MIS,CA", "US-CA,ATL,CA", "CA-US,MIS,US", "US-DE,ATL,DE", "US-US,ATL,US"})
    void everySearchFindsTheShipmentOnEveryLane(String lane, String site, String country) throws Exception {
        Map<String, String> props = new HashMap<>(SinkOrders.config());
        props.put("sites", "ATL,MIS");
        props.put("site.ATL.phone", "+1 404-555-0100");
        props.put("site.MIS.name", "Mississauga Warehouse");
        props.put("site.MIS.address.lines", "6800 Maritz Dr");
        props.put("site.MIS.city", "Mississauga");
        props.put("site.MIS.state", "ON");
        props.put("site.MIS.postal.code", "L5W 1W2");
        props.put("site.MIS.country", "CA");
        props.put("site.MIS.phone", "+1 905-555-0100");
        props.put("site.MIS.account", SinkOrders.ACCOUNT);
        Address shipTo = switch (country) {
            case "CA" -> new Address("Maple Leaf Supplies", "Pierre Roy", "+1 416 555 0199", null,
                    List.of("290 Bremner Blvd"), "Toronto", "ON", "M5V 3L9", "CA", false);
            case "DE" -> new Address("Rhein Werkzeuge GmbH", "Max Muster", "+49 69 5550100", null,
                    List.of("Hauptstrasse 5"), "Frankfurt am Main", null, "60311", "DE", false);
            default -> SinkOrders.customer();
        };
        String mode = country.equals("DE") ? "UWEX" : country.equals("US") && site.equals("ATL") ? "UGND" : "USTD";
        Order order = new Order(OrderKind.SALES, "SEED", "LANE" + lane.replace("-", ""), site, SinkOrders.REVISION,
                "C0001", null, shipTo, List.of(new OrderLine(1, "IT0001", "Steel bolts", new BigDecimal("4"), "UN",
                new BigDecimal("0.5"), null, "KG", null, new BigDecimal("2.50"), "731815", "US", "FAS")),
                new BigDecimal("10.00"), site.equals("MIS") ? "CAD" : "USD", mode, "UPS", "OPEN", null);
        ShipmentPlan plan = OrderShipmentPlanner.create(PlanningConfig.from(props), (RateQuoter) null).plan(order)
                .get(10, TimeUnit.SECONDS);
        ShipOutcome outcome = ups.ship().ship(plan.request()).get(30, TimeUnit.SECONDS);
        assertThat(outcome).as(lane).isInstanceOf(ShipOutcome.Created.class);
        String shipped = ((ShipOutcome.Created) outcome).shipmentId();
        sim.advanceClock(Duration.ofMinutes(10));

        assertThat(new TrackReferenceSearch(ups.track()).trackingNumbers(order.key(), SinkOrders.ACCOUNT)
                .get(30, TimeUnit.SECONDS)).as("track").containsExactly(shipped);
        assertThat(new QuantumViewManifestSearch(ups.quantumView(), "OutboundXML", Duration.ofDays(1),
                Clock.systemUTC()).trackingNumbers(order.key(), SinkOrders.ACCOUNT).get(30, TimeUnit.SECONDS))
                .as("quantum view").contains(shipped);
        assertThat(new LabelRecoverySearch(ups.labelRecovery()::byReference).trackingNumbers(order.key(),
                SinkOrders.ACCOUNT).get(30, TimeUnit.SECONDS)).as("label recovery").containsExactly(shipped);
    }
}
