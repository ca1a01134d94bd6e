package dev.x3ups.ups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.rate.RateClient;
import dev.x3ups.ups.client.rate.RatedService;
import dev.x3ups.ups.client.ship.Shipments;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rate and Shop against the simulator, bodies checked against Rating.yaml. */
class RateContractTest {
    private SimulatorHarness harness;

    @BeforeEach
    void start() {
        harness = SimulatorHarness.start();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void ratesTheRequestedService() throws Exception {
        List<RatedService> rated = harness.clients.rate().rate(Shipments.domesticUs("X3:SALES:SO1")
                .negotiatedRates(true).build()).get(20, TimeUnit.SECONDS);
        assertThat(rated).hasSize(1);
        assertThat(rated.get(0).serviceCode()).isEqualTo("03");
        assertThat(rated.get(0).totalCharges().amount()).isPositive();
        assertThat(rated.get(0).effectiveCharges()).isNotNull();
        harness.assertContractKept();
    }

    @Test
    void shopsAllServicesAndPicksTheCheapestAllowed() throws Exception {
        List<RatedService> rated = harness.clients.rate().shop(Shipments.multiPackage("X3:SALES:SO2").build())
                .get(20, TimeUnit.SECONDS);
        assertThat(rated.size()).isGreaterThan(1);
        assertThat(rated).extracting(RatedService::serviceCode).doesNotHaveDuplicates();
        RatedService cheapest = RateClient.cheapest(rated, List.of()).orElseThrow();
        assertThat(rated).allMatch(s -> s.effectiveCharges().amount().compareTo(cheapest.effectiveCharges().amount()) >= 0);
        String allowed = rated.get(rated.size() - 1).serviceCode();
        assertThat(RateClient.cheapest(rated, List.of(allowed)).orElseThrow().serviceCode()).isEqualTo(allowed);
        harness.assertContractKept();
    }

    @Test
    void ratesInternationalAndInboundShipments() throws Exception {
        assertThat(harness.clients.rate().shop(Shipments.usToCanada("K1").build()).get(20, TimeUnit.SECONDS)).isNotEmpty();
        assertThat(harness.clients.rate().rate(Shipments.inbound("K2").build()).get(20, TimeUnit.SECONDS)).hasSize(1);
        harness.assertContractKept();
    }
}
