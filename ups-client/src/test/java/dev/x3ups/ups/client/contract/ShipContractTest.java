package dev.x3ups.ups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.ship.RecoveredShipment;
import dev.x3ups.ups.client.ship.ShipOutcome;
import dev.x3ups.ups.client.ship.ShipmentSpec;
import dev.x3ups.ups.client.ship.Shipments;
import dev.x3ups.ups.client.ship.VoidResult;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import dev.x3ups.ups.simulator.fault.TimeoutMode;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ship and Void against the simulator, every body checked against Shipping.yaml. */
class ShipContractTest {
    private SimulatorHarness harness;

    @BeforeEach
    void start() {
        harness = SimulatorHarness.start();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private ShipOutcome.Created created(ShipmentSpec spec) throws Exception {
        ShipOutcome outcome = harness.clients.ship().ship(spec).get(20, TimeUnit.SECONDS);
        assertThat(outcome).as(spec.toString()).isInstanceOf(ShipOutcome.Created.class);
        return (ShipOutcome.Created) outcome;
    }

    @Test
    void domesticUsShipment() throws Exception {
        ShipOutcome.Created created = created(Shipments.domesticUs("X3:SALES:SO100").build());
        assertThat(created.trackingNumbers()).hasSize(1).allMatch(n -> n.matches("1Z[0-9A-Z]{16}"));
        assertThat(created.shipmentId()).isEqualTo(created.trackingNumbers().get(0));
        assertThat(created.billedCharges().amount()).isPositive();
        assertThat(created.labels()).hasSize(1);
        assertThat(created.customerContext()).isEqualTo("X3:SALES:SO100");
        assertThat(harness.sim.shipments().byReference("X3:SALES:SO100")).hasSize(1);
        harness.assertContractKept();
    }

    @Test
    void internationalShipmentsToCanadaBritainAndGermany() throws Exception {
        created(Shipments.usToCanada("X3:SALES:SO201").build());
        created(Shipments.usToGreatBritain("X3:SALES:SO202").build());
        created(Shipments.usToGermany("X3:SALES:SO203").build());
        assertThat(harness.contract.requestsChecked()).isGreaterThanOrEqualTo(3);
        harness.assertContractKept();
    }

    @Test
    void multiPackageShipmentGetsATrackingNumberPerPackage() throws Exception {
        ShipOutcome.Created created = created(Shipments.multiPackage("X3:SALES:SO300").negotiatedRates(true).build());
        assertThat(created.trackingNumbers()).hasSize(3).doesNotHaveDuplicates();
        assertThat(created.labels()).hasSize(3);
        harness.assertContractKept();
    }

    @Test
    void inboundPurchaseOrderShipsFromTheSupplier() throws Exception {
        ShipOutcome.Created created = created(Shipments.inbound("X3:PURCHASE:PO400").build());
        assertThat(created.trackingNumbers()).hasSize(1);
        harness.assertContractKept();
    }

    @Test
    void shipmentLevelReferencesAreLeftOutOnUsDomesticSoUpsDoesNotAnswer120541() throws Exception {
        created(Shipments.domesticUs("X3:SALES:SO501")
                .addShipmentReference(dev.x3ups.ups.client.ship.ReferenceNumber.of("X3:SALES:SO501")).build());
        harness.assertContractKept();
    }

    @Test
    void invalidRequestIsRejectedWithUpsCodeAndNothingIsCreated() throws Exception {
        ShipmentSpec spec = Shipments.domesticUs("X3:SALES:SO500").build();
        ShipOutcome outcome = harness.clients.ship().ship(spec.toBuilder()
                .shipTo(Shipments.warehouse()).serviceCode("99").build()).get(20, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOfSatisfying(ShipOutcome.Rejected.class, rejected -> {
            assertThat(rejected.httpStatus()).isEqualTo(400);
            assertThat(rejected.code()).isNotBlank();
            assertThat(rejected.message()).isNotBlank();
        });
        assertThat(harness.sim.shipments().byReference("X3:SALES:SO500")).isEmpty();
        harness.assertContractKept();
    }

    @Test
    void timeoutAfterTheSimulatorCreatedTheShipmentIsAmbiguousAndNotRepeated() throws Exception {
        harness.sim.faults().set(ApiEndpoint.SHIP,
                FaultSpec.none().withTimeouts(1.0, TimeoutMode.AFTER_PROCESSING, Duration.ofSeconds(3)));
        ShipOutcome outcome = harness.clients.ship().ship(Shipments.domesticUs("X3:SALES:SO600").build())
                .get(20, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOf(ShipOutcome.Ambiguous.class);
        assertThat(harness.sim.shipments().createdPerReference().get("X3:SALES:SO600").created()).isEqualTo(1);
        assertThat(harness.sim.counters().count(ApiEndpoint.SHIP)).isEqualTo(1);
    }

    @Test
    void rateLimitBurstsAreRiddenOutWithoutDuplicates() throws Exception {
        harness.sim.faults().set(ApiEndpoint.SHIP, FaultSpec.none().withRateLimitBurst(2, 1));
        created(Shipments.domesticUs("X3:SALES:SO700").build());
        assertThat(harness.sim.counters().count(ApiEndpoint.SHIP, 429)).isEqualTo(2);
        assertThat(harness.sim.shipments().createdPerReference().get("X3:SALES:SO700").created()).isEqualTo(1);
        harness.assertContractKept();
    }

    @Test
    void labelRecoveryFindsTheShipmentOfAnAmbiguousShipByReference() throws Exception {
        harness.sim.faults().set(ApiEndpoint.SHIP,
                FaultSpec.none().withTimeouts(1.0, TimeoutMode.AFTER_PROCESSING, Duration.ofSeconds(3)));
        assertThat(harness.clients.ship().ship(Shipments.multiPackage("X3:SALES:SO900").build()).get(20, TimeUnit.SECONDS))
                .isInstanceOf(ShipOutcome.Ambiguous.class);
        harness.sim.faults().clear(ApiEndpoint.SHIP);

        RecoveredShipment found = harness.clients.labelRecovery()
                .byReference("X3:SALES:SO900", SimulatorHarness.ACCOUNT).get(20, TimeUnit.SECONDS);

        String created = harness.sim.shipments().byReference("X3:SALES:SO900").get(0).id();
        assertThat(found.shipmentId()).isEqualTo(created);
        assertThat(found.trackingNumbers()).hasSize(3);
        assertThat(harness.clients.labelRecovery().byTrackingNumber(found.trackingNumbers().get(1))
                .get(20, TimeUnit.SECONDS).shipmentId()).isEqualTo(created);
        harness.assertContractKept();
    }

    @Test
    void labelRecoveryOfAnUnknownReferenceIsARejection() {
        assertThat(harness.clients.labelRecovery().byReference("X3:SALES:NOPE", SimulatorHarness.ACCOUNT))
                .failsWithin(Duration.ofSeconds(20)).withThrowableThat().havingCause()
                .isInstanceOf(dev.x3ups.ups.client.UpsRejectedException.class);
        harness.assertContractKept();
    }

    @Test
    void voidsACreatedShipment() throws Exception {
        ShipOutcome.Created created = created(Shipments.domesticUs("X3:SALES:SO800").build());
        VoidResult result = harness.clients.voids().voidShipment(created.shipmentId()).get(20, TimeUnit.SECONDS);
        assertThat(result.voided()).isTrue();
        assertThat(harness.sim.shipments().createdPerReference().get("X3:SALES:SO800").live()).isZero();
        harness.assertContractKept();
    }
}
