package dev.x3ups.it.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.Address;
import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.ship.Shipment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * After the label, on the UPS simulator with the UPS sink and the label printer from the plugin archive: an order
 * cancelled before pickup is voided at UPS and VOIDED in the ledger (what the X3 sink writes back), one cancelled
 * after pickup is flagged and not voided although UPS's void window is still open, and an order whose address
 * changed before pickup at a RESHIP_BEFORE_PICKUP site ends with exactly one live shipment at the new address, the
 * old one voided, the ledger holding the new tracking number, and only the new label printed. The optional sweep
 * voids a label UPS never picked up and leaves a collected one alone.
 */
@ConnectIT
class AfterLabelIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Pattern TRACKING_NUMBER = Pattern.compile("1Z[0-9A-Z]{16}");
    private static final Address NEW_ADDRESS = new Address("Peachtree Outfitters", "Jane Doe", "+1 404 555 0123",
            "jane@example.com", List.of("4400 North Point Pkwy"), "Alpharetta", "GA", "30022", "US", false);

    @Test
    void cancelledOrdersAreVoidedBeforePickupAndFlaggedAfterAndAChangedOrderIsShippedAgain(ConnectCluster cluster,
                                                                                         TestNames names) {
        try (UpsLabelsRun run = new UpsLabelsRun(cluster, names)) {
            Order cancelBefore = run.sales(1, "ATL", 1);
            Order changed = run.sales(2, "ATL", 2);
            Order cancelAfter = run.sales(3, "ATL", 1);
            Map<String, String> config = run.sinkConfig();
            config.put("site.ATL.changed.order.policy", "RESHIP_BEFORE_PICKUP");
            run.createSink(config);
            run.produce(List.of(cancelBefore, changed, cancelAfter));
            Map<String, ShipmentLedgerEntry> shipped = run.awaitFinal(List.of(cancelBefore, changed, cancelAfter), WAIT);
            assertThat(shipped.values()).allSatisfy(e -> assertThat(e.state()).isEqualTo(ShipmentState.CREATED));
            ShipmentLedgerEntry oldShipment = shipped.get(changed.key());

            // cancelled and changed in X3 before UPS picked anything up
            run.produce(List.of(cancelled(cancelBefore), shippedTo(changed, NEW_ADDRESS)));

            ShipmentLedgerEntry voided = await("cancelled order voided").atMost(WAIT)
                    .until(() -> run.ledgerEntries().get(cancelBefore.key()),
                            e -> e.state() == ShipmentState.VOIDED);
            assertThat(voided.failureCode()).isEqualTo("CANCELLED");
            assertThat(voided.shipmentId()).isEqualTo(shipped.get(cancelBefore.key()).shipmentId());
            assertThat(run.ups.shipments().byId(voided.shipmentId()).orElseThrow().live()).as("voided at UPS")
                    .isFalse();

            ShipmentLedgerEntry reshipped = await("changed order shipped again").atMost(WAIT)
                    .until(() -> run.ledgerEntries().get(changed.key()), e -> e.state() == ShipmentState.CREATED
                            && !e.shipmentId().equals(oldShipment.shipmentId()));
            assertThat(reshipped.voidedShipmentIds()).containsExactly(oldShipment.shipmentId());
            assertThat(reshipped.trackingNumbers()).hasSize(2).doesNotContainAnyElementsOf(oldShipment.trackingNumbers());
            List<Shipment> atUps = run.ups.shipments().byReference(changed.key());
            assertThat(atUps).hasSize(2);
            assertThat(atUps).filteredOn(Shipment::live).singleElement().satisfies(live -> {
                assertThat(live.id()).isEqualTo(reshipped.shipmentId());
                assertThat(live.destination().toString()).contains("4400 North Point Pkwy");
            });
            assertThat(run.ups.shipments().byId(oldShipment.shipmentId()).orElseThrow().live()).isFalse();

            // the printer starts now: the old labels are followed by their voids on the topic, so only the new print
            run.createPrinter();
            await("new labels printed").atMost(WAIT).until(() -> run.atl.labels().size() >= 3);
            List<String> printed = run.atl.labels().stream().map(AfterLabelIT::trackingNumber).toList();
            assertThat(printed).doesNotContainAnyElementsOf(oldShipment.trackingNumbers())
                    .doesNotContainAnyElementsOf(voided.trackingNumbers())
                    .containsExactlyInAnyOrder(reshipped.trackingNumbers().get(0), reshipped.trackingNumbers().get(1),
                            shipped.get(cancelAfter.key()).trackingNumbers().get(0));
            assertThat(run.labelRecords()).filteredOn(p -> p.document().voided())
                    .extracting(p -> p.document().trackingNumber())
                    .containsExactlyInAnyOrder(oldShipment.trackingNumbers().get(0),
                            oldShipment.trackingNumbers().get(1), voided.trackingNumbers().get(0));

            // hours later UPS has picked the third order up; its cancellation comes too late
            run.ups.advanceClock(Duration.ofHours(8));
            long voidsBefore = run.ups.counters().count(ApiEndpoint.VOID);
            run.produce(List.of(cancelled(cancelAfter)));

            ShipmentLedgerEntry flagged = await("late cancellation flagged").atMost(WAIT)
                    .until(() -> run.ledgerEntries().get(cancelAfter.key()), e -> e.failureCode() != null);
            assertThat(flagged.state()).isEqualTo(ShipmentState.CREATED);
            assertThat(flagged.failureCode()).isEqualTo("CANCEL_AFTER_PICKUP");
            assertThat(flagged.failureMessage()).contains(flagged.trackingNumbers().get(0));
            assertThat(run.ups.shipments().byId(flagged.shipmentId()).orElseThrow().live()).as("not voided").isTrue();
            assertThat(run.ups.counters().count(ApiEndpoint.VOID)).isEqualTo(voidsBefore);
        }
    }

    @Test
    void theSweepVoidsLabelsThatWereNeverPickedUp(ConnectCluster cluster, TestNames names) {
        try (UpsLabelsRun run = new UpsLabelsRun(cluster, names)) {
            Map<String, String> config = run.sinkConfig();
            config.put("unused.label.sweep.enabled", "true");
            config.put("unused.label.sweep.after.ms", "3000");
            config.put("unused.label.sweep.interval.ms", "1000");
            Order pickedUp = run.sales(1, "ATL", 1);
            Order unused = run.sales(2, "RNO", 1);
            run.createSink(config);
            run.produce(List.of(pickedUp));
            ShipmentLedgerEntry collected = run.awaitFinal(List.of(pickedUp), WAIT).get(pickedUp.key());
            run.ups.advanceClock(Duration.ofHours(8)); // UPS collects the first parcel
            run.produce(List.of(unused));

            ShipmentLedgerEntry voided = await("unused label voided").atMost(WAIT)
                    .until(() -> run.ledgerEntries().get(unused.key()), e -> e != null
                            && e.state() == ShipmentState.VOIDED);
            assertThat(voided.failureCode()).isEqualTo("UNUSED_LABEL");
            assertThat(run.ups.shipments().byId(voided.shipmentId()).orElseThrow().live()).isFalse();
            assertThat(run.labelRecords()).filteredOn(p -> p.document().voided())
                    .extracting(p -> p.document().trackingNumber()).containsExactlyElementsOf(voided.trackingNumbers());
            assertThat(run.ledgerEntries().get(pickedUp.key())).isEqualTo(collected);
            assertThat(run.ups.shipments().byId(collected.shipmentId()).orElseThrow().live()).isTrue();
        }
    }

    /** The order as the X3 source emits it once cancelled in X3. */
    private static Order cancelled(Order order) {
        return revised(order, order.shipTo(), Order.CANCELLED);
    }

    private static Order shippedTo(Order order, Address shipTo) {
        return revised(order, shipTo, order.status());
    }

    private static Order revised(Order order, Address shipTo, String status) {
        return new Order(order.kind(), order.folder(), order.number(), order.site(), order.revision().plusSeconds(60),
                order.partyCode(), order.shipFrom(), shipTo, order.lines(), order.totalAmount(), order.currency(),
                order.deliveryMode(), order.carrier(), status, order.customerReference());
    }

    private static String trackingNumber(String zpl) {
        Matcher matcher = TRACKING_NUMBER.matcher(zpl);
        return matcher.find() ? matcher.group() : null;
    }
}
