package dev.x3ups.ups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.client.json.UpsJson;
import dev.x3ups.ups.client.quantumview.QuantumViewEvent;
import dev.x3ups.ups.client.quantumview.QuantumViewQuery;
import dev.x3ups.ups.client.ship.ShipOutcome;
import dev.x3ups.ups.client.ship.ShipmentRequestJson;
import dev.x3ups.ups.client.ship.ShipmentSpec;
import dev.x3ups.ups.client.ship.Shipments;
import dev.x3ups.ups.client.track.TrackedPackage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each lane ships with its reference at the one level UPS takes there (packages on US→US, the shipment
 * elsewhere), the body meets Shipping.yaml — with the commercial invoice across borders — and reconciliation
 * still finds the shipment by that reference: Track by reference, Quantum View manifest, Label Recovery.
 */
class LaneContractTest {
    private static SimulatorHarness harness;

    @BeforeAll
    static void start() {
        harness = SimulatorHarness.start();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    static Stream<Arguments> lanes() {
        return Stream.of(
                Arguments.of("US-US", Shipments.domesticUs("X3:SALES:L100").build(), true),
                Arguments.of("CA-CA", Shipments.canadaDomestic("X3:SALES:L200").build(), false),
                Arguments.of("US-CA", Shipments.usToCanada("X3:SALES:L300").build(), false),
                Arguments.of("CA-US", Shipments.canadaToUs("X3:SALES:L400").build(), false),
                Arguments.of("US-DE", Shipments.usToGermany("X3:SALES:L500").build(), false),
                Arguments.of("US-US multi-package", Shipments.multiPackage("X3:SALES:L600").build(), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lanes")
    void shipsAndIsFoundAgainByItsReference(String lane, ShipmentSpec spec, boolean packageLevel) throws Exception {
        String reference = spec.customerContext();
        JsonNode body = ShipmentRequestJson.write(spec).path("ShipmentRequest").path("Shipment");
        assertThat(body.path("ReferenceNumber").isMissingNode()).as("shipment-level reference").isEqualTo(packageLevel);
        body.path("Package").forEach(p -> assertThat(p.has("ReferenceNumber")).isEqualTo(packageLevel));
        body.path("Package").forEach(p -> {
            if (p.has("Dimensions")) {
                assertThat(p.at("/Dimensions/Length").asText()).matches("\\d{1,3}");
                assertThat(p.at("/Dimensions/Height").asText()).matches("\\d{1,3}");
            }
        });
        assertThat(body.at("/ShipmentServiceOptions/InternationalForms/FormType/0").asText())
                .isEqualTo(spec.international() ? "01" : "");

        ShipOutcome outcome = harness.clients.ship().ship(spec).get(20, TimeUnit.SECONDS);
        assertThat(outcome).as(UpsJson.write(ShipmentRequestJson.write(spec))).isInstanceOf(ShipOutcome.Created.class);
        List<String> shipped = ((ShipOutcome.Created) outcome).trackingNumbers();

        List<String> tracked = harness.clients.track().byReference(reference, Shipments.ACCOUNT, null, null)
                .get(20, TimeUnit.SECONDS).packages().stream().map(TrackedPackage::trackingNumber).toList();
        assertThat(tracked).as("track by reference").containsExactlyInAnyOrderElementsOf(shipped);

        assertThat(harness.clients.labelRecovery().byReference(reference, Shipments.ACCOUNT).get(20, TimeUnit.SECONDS)
                .trackingNumbers()).as("label recovery").containsExactlyInAnyOrderElementsOf(shipped);

        List<QuantumViewEvent> manifests = harness.clients.quantumView()
                .events(QuantumViewQuery.between("OutboundXML", java.time.LocalDateTime.now().minusDays(2), null))
                .get(20, TimeUnit.SECONDS).events().stream()
                .filter(e -> e.kind() == QuantumViewEvent.Kind.MANIFEST)
                .filter(e -> e.packageReferences().contains(reference) || e.shipmentReferences().contains(reference))
                .toList();
        assertThat(manifests).extracting(QuantumViewEvent::trackingNumber).as("Quantum View manifest")
                .containsAll(shipped);
        harness.assertContractKept();
    }
}
