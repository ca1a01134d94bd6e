package dev.x3ups.ups.sink.planning;

import static dev.x3ups.ups.sink.planning.TestOrders.address;
import static dev.x3ups.ups.sink.planning.TestOrders.customerCa;
import static dev.x3ups.ups.sink.planning.TestOrders.customerUs;
import static dev.x3ups.ups.sink.planning.TestOrders.dimensioned;
import static dev.x3ups.ups.sink.planning.TestOrders.cm;
import static dev.x3ups.ups.sink.planning.TestOrders.line;
import static dev.x3ups.ups.sink.planning.TestOrders.oneKilo;
import static dev.x3ups.ups.sink.planning.TestOrders.purchase;
import static dev.x3ups.ups.sink.planning.TestOrders.receivingReno;
import static dev.x3ups.ups.sink.planning.TestOrders.sales;
import static dev.x3ups.ups.sink.planning.TestOrders.supplierCa;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Order;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.UpsClients;
import dev.x3ups.ups.client.rate.RatedService;
import dev.x3ups.ups.client.ship.ShipOutcome;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.sink.service.RateQuoter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Plans against the UPS simulator's Rate/Shop API and ships the plans, so UPS's request rules are exercised. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateQuoterTest {
    private static final String ACCOUNT = "A1B2C3";
    private UpsSimulator simulator;
    private UpsClients clients;

    @BeforeAll
    void start() {
        simulator = UpsSimulator.builder().port(0).client("planning-client", "planning-secret").accountNumber(ACCOUNT)
                .seed(11).start();
        clients = UpsClients.create(UpsClientConfig.builder().baseUrl(simulator.baseUrl()).clientId("planning-client")
                .clientSecret("planning-secret").accountNumber(ACCOUNT).requestsPerSecond(200).burst(200)
                .retryDeadline(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(5)).build());
    }

    @AfterAll
    void stop() {
        clients.close();
        simulator.close();
    }

    @Test
    void shopAndRateReturnTheSimulatorsPrices() throws Exception {
        RateQuoter quoter = RateQuoter.of(clients.rate());
        var draft = planner("MAPPED").draft(sales("ATL", customerUs(), "UGND", oneKilo()));

        List<RatedService> shopped = quoter.shop(draft).get(10, TimeUnit.SECONDS);
        List<RatedService> rated = quoter.rate(draft.toBuilder().serviceCode("03").build()).get(10, TimeUnit.SECONDS);

        assertThat(shopped).extracting(RatedService::serviceCode).contains("03").hasSizeGreaterThan(1);
        assertThat(rated).singleElement().satisfies(s -> {
            assertThat(s.serviceCode()).isEqualTo("03");
            assertThat(s.effectiveCharges().amount()).isPositive();
        });
    }

    static List<Order> orders() {
        return List.of(
                sales("ATL", customerUs(), "UGND", line(1000, "IT0010", "10", "40", "LB")),
                sales("ATL", customerCa(), "USTD", oneKilo()),
                sales("ATL", new dev.x3ups.records.Address("Müller & Söhne GmbH", null, "+49 89 1234567", null,
                        List.of("Königstraße 12"), "München", null, "80331", "DE", false), "UWEX", oneKilo()),
                sales("MIS", address("Société Générale de Café", null, "Montréal", "Québec", "h2y1c6", "CA",
                        "1 rue Notre-Dame Ouest"), "USTD",
                        dimensioned(1000, "IT0012", "2", "UN", "3", "KG", cm("30", "20", "10"))),
                purchase("RNO", supplierCa(), receivingReno(), oneKilo()));
    }

    @ParameterizedTest
    @MethodSource("orders")
    void theCheapestShopPlanIsAcceptedByUps(Order order) throws Exception {
        ShipmentPlan plan = planner("SHOP").plan(order).get(10, TimeUnit.SECONDS);

        ShipOutcome outcome = clients.ship().ship(plan.request()).get(10, TimeUnit.SECONDS);

        assertThat(outcome).isInstanceOf(ShipOutcome.Created.class);
        ShipOutcome.Created created = (ShipOutcome.Created) outcome;
        assertThat(created.customerContext()).isEqualTo(order.key());
        assertThat(created.trackingNumbers()).hasSize(plan.request().packages().size());
    }

    private OrderShipmentPlanner planner(String selection) {
        Map<String, String> props = TestOrders.config();
        for (String site : List.of("ATL", "RNO", "MIS")) {
            props.put("site." + site + ".account", ACCOUNT);
        }
        props.put("service.selection", selection);
        return OrderShipmentPlanner.create(PlanningConfig.from(props), clients.rate());
    }
}
