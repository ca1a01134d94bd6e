package dev.x3ups.it.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.DocumentFormat;
import dev.x3ups.records.DocumentKind;
import dev.x3ups.records.LabelDocument;
import dev.x3ups.records.LabelRecords;
import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import dev.x3ups.ups.simulator.fault.TimeoutMode;
import dev.x3ups.ups.simulator.ship.Shipment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The UPS sink writing {@code ups.labels} and the label printer sink printing it, both from the plugin archive,
 * against the UPS simulator and two raw-TCP printers.
 */
@ConnectIT
class UpsLabelsIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Pattern TRACKING_NUMBER = Pattern.compile("1Z[0-9A-Z]{16}");

    @Test
    void everyPackageGetsOneLabelOnTheTopicAndItsSitesPrinterPrintsIt(ConnectCluster cluster, TestNames names) {
        try (UpsLabelsRun run = new UpsLabelsRun(cluster, names)) {
            List<Order> orders = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                orders.add(run.sales(i, i % 2 == 0 ? "ATL" : "RNO", 1 + i % 3));
            }
            run.createSink(run.sinkConfig());
            run.createPrinter();
            run.produce(orders);

            Map<String, ShipmentLedgerEntry> ledger = run.awaitFinal(orders, WAIT);
            assertThat(ledger.values()).allSatisfy(e -> assertThat(e.state()).isEqualTo(ShipmentState.CREATED));
            assertExactlyOneLabelPerPackage(run, orders, ledger);
            assertThat(cluster.topics().config(run.labels)).containsEntry("retention.ms", "2592000000")
                    .containsEntry("cleanup.policy", "delete");

            for (String site : List.of("ATL", "RNO")) {
                PrinterListener printer = site.equals("ATL") ? run.atl : run.rno;
                Set<String> expected = orders.stream().filter(o -> o.site().equals(site))
                        .flatMap(o -> ledger.get(o.key()).trackingNumbers().stream()).collect(Collectors.toSet());
                await(site + " printed its " + expected.size() + " labels").atMost(WAIT)
                        .until(() -> printer.labels().size() >= expected.size());
                List<String> printed = printer.labels();
                assertThat(printed).as(site).hasSize(expected.size()).allSatisfy(zpl ->
                        assertThat(zpl.strip()).startsWith("^XA").endsWith("^XZ"));
                assertThat(printed.stream().map(UpsLabelsIT::trackingNumber).toList())
                        .as(site + " printed each of its packages once").containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    @Test
    void shipmentsUpsCreatedWithoutAnAnswerGetTheirLabelsByLabelRecovery(ConnectCluster cluster, TestNames names) {
        try (UpsLabelsRun run = new UpsLabelsRun(cluster, names)) {
            // every ship call creates the shipment, then holds the answer past our timeout: the sink only learns
            // of the shipment by reconciling, so its labels can only come from Label Recovery
            run.ups.faults().set(ApiEndpoint.SHIP, FaultSpec.none()
                    .withTimeouts(1.0, TimeoutMode.AFTER_PROCESSING, Duration.ofSeconds(3)));
            Map<String, String> config = run.sinkConfig();
            config.put("ups.timeout.ms", "1000");
            List<Order> orders = List.of(run.sales(1, "ATL", 2), run.sales(2, "RNO", 1), run.sales(3, "ATL", 3));
            run.createSink(config);
            run.produce(orders);

            Map<String, ShipmentLedgerEntry> ledger = run.awaitFinal(orders, WAIT);
            assertThat(ledger.values()).allSatisfy(e -> assertThat(e.state()).isEqualTo(ShipmentState.CREATED));
            assertThat(run.ups.counters().count(ApiEndpoint.LABEL_RECOVERY)).isPositive();
            assertExactlyOneLabelPerPackage(run, orders, ledger);
            assertThat(run.labelRecords()).allSatisfy(p -> assertThat(new String(p.document().image(),
                    StandardCharsets.US_ASCII)).startsWith("^XA").contains(p.document().trackingNumber()));
        }
    }

    @Test
    void aPurchaseOrderShipsWithAnElectronicReturnLabelToTheSupplierAndNothingPrints(ConnectCluster cluster,
                                                                                     TestNames names) {
        try (UpsLabelsRun run = new UpsLabelsRun(cluster, names)) {
            Order inbound = run.purchase(1, "ATL", "dispatch@daltonmills.example");
            Order noEmail = run.purchase(2, "ATL", null);
            Order outbound = run.sales(3, "ATL", 1);
            run.createSink(run.sinkConfig());
            run.createPrinter();
            run.produce(List.of(inbound, noEmail, outbound));

            Map<String, ShipmentLedgerEntry> ledger = run.awaitFinal(List.of(inbound, noEmail, outbound), WAIT);
            ShipmentLedgerEntry erl = ledger.get(inbound.key());
            assertThat(erl.state()).isEqualTo(ShipmentState.CREATED);
            Shipment shipment = run.ups.shipments().byId(erl.shipmentId()).orElseThrow();
            assertThat(shipment.labelDeliveryEmail()).isEqualTo("dispatch@daltonmills.example");
            assertThat(ledger.get(noEmail.key()).state()).isEqualTo(ShipmentState.FAILED);
            assertThat(ledger.get(noEmail.key()).failureCode()).isEqualTo("NO_SUPPLIER_EMAIL");

            // the outbound order's label prints; nothing of the inbound one reaches the topic or a printer
            String outboundLabel = ledger.get(outbound.key()).trackingNumbers().get(0);
            await("outbound label printed").atMost(WAIT).until(() -> run.atl.labels().size() == 1);
            assertThat(trackingNumber(run.atl.labels().get(0))).isEqualTo(outboundLabel);
            assertThat(run.labelRecords()).extracting(p -> p.document().orderKey()).containsOnly(outbound.key());
            assertThat(run.rno.labels()).isEmpty();
        }
    }

    /** One LABEL record per package, none other, each shipment's on one partition in package order. */
    private static void assertExactlyOneLabelPerPackage(UpsLabelsRun run, List<Order> orders,
                                                        Map<String, ShipmentLedgerEntry> ledger) {
        List<UpsLabelsRun.Placed> records = run.labelRecords();
        Set<String> packages = new HashSet<>();
        for (Order order : orders) {
            ShipmentLedgerEntry entry = ledger.get(order.key());
            packages.addAll(entry.trackingNumbers());
            List<UpsLabelsRun.Placed> mine = records.stream()
                    .filter(p -> p.document().orderKey().equals(order.key())).toList();
            assertThat(mine).as(order.key()).hasSize(entry.trackingNumbers().size());
            assertThat(mine).extracting(UpsLabelsRun.Placed::partition).containsOnly(
                    LabelRecords.partition(order.key(), 3));
            assertThat(mine).extracting(p -> p.document().packageSequence())
                    .containsExactlyElementsOf(java.util.stream.IntStream
                            .rangeClosed(1, entry.trackingNumbers().size()).boxed().toList());
            for (UpsLabelsRun.Placed placed : mine) {
                LabelDocument document = placed.document();
                assertThat(document.kind()).isEqualTo(DocumentKind.LABEL);
                assertThat(document.format()).isEqualTo(DocumentFormat.ZPL);
                assertThat(document.site()).isEqualTo(order.site());
                assertThat(document.shipmentId()).isEqualTo(entry.shipmentId());
                assertThat(document.packageCount()).isEqualTo(entry.trackingNumbers().size());
                assertThat(document.voided()).isFalse();
            }
        }
        assertThat(records).extracting(p -> p.document().trackingNumber())
                .as("exactly one document per package").containsExactlyInAnyOrderElementsOf(packages);
    }

    private static String trackingNumber(String zpl) {
        Matcher matcher = TRACKING_NUMBER.matcher(zpl);
        return matcher.find() ? matcher.group() : null;
    }
}
