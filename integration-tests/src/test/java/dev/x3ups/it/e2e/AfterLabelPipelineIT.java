package dev.x3ups.it.e2e;

import static dev.x3ups.it.e2e.X3Rows.awaitWriteBack;
import static dev.x3ups.it.e2e.X3Rows.numbers;
import static dev.x3ups.it.e2e.X3Rows.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.embedded.connectors.PipelineConfigs;
import dev.x3ups.embedded.connectors.ShipFromSite;
import dev.x3ups.embedded.connectors.UpsConnection;
import dev.x3ups.embedded.connectors.X3Connection;
import dev.x3ups.embedded.connectors.X3Login;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.ship.Shipment;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.data.OrderKind;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * After the label, from X3 to UPS and back: orders entered in the X3 simulator ship through the X3 source and the
 * UPS sink, X3 gets their tracking numbers from the X3 sink; then one is cancelled in X3 before pickup (voided at
 * UPS, X3 shows it voided), one gets a new delivery address before pickup at a RESHIP_BEFORE_PICKUP site (one live
 * shipment at the new address, X3 holds the new tracking number only) and one is cancelled after UPS picked it up
 * (not voided, flagged in X3 with its tracking number).
 */
@ConnectIT
class AfterLabelPipelineIT {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String ACCOUNT = "A1B2C3";

    @Test
    void x3IsToldOfVoidsReshipsAndLateCancellations(ConnectCluster cluster, TestNames names) {
        String orders = names.topic("x3.orders");
        String ledger = names.topic("ups.shipments");
        String tracking = names.topic("ups.tracking");
        String source = names.connector("x3-source");
        String sink = names.connector("ups-sink");
        String writeBack = names.connector("x3-sink");
        cluster.topics().create(orders, 1);
        cluster.topics().create(tracking, 1);
        try (X3Simulator x3 = X3Simulator.builder().port(0).salesOrders(0).purchaseOrders(0).start();
             UpsSimulator ups = UpsSimulator.builder().port(0).accountNumber(ACCOUNT).seed(5).start()) {
            String cancelBefore = create(x3);
            String changed = create(x3);
            String cancelAfter = create(x3);

            X3Connection connection = new X3Connection(x3.baseUrl(), "SEED",
                    X3Login.basic(X3Simulator.DEFAULT_USER, X3Simulator.DEFAULT_PASSWORD));
            start(cluster, source, PipelineConfigs.x3Source(connection, orders).tasks(1)
                    .with("x3.transport", "REST").with("x3.entities", "SALES").with("poll.interval.ms", "300")
                    .with("page.size", "20").with("retry.backoff.ms", "100").with("retry.backoff.max.ms", "1000")
                    .build());
            start(cluster, sink, PipelineConfigs.upsSink(new UpsConnection(ups.baseUrl(), "sim-client-id",
                            "sim-client-secret"), orders, ledger, cluster.bootstrapServers())
                    .with("ups.retry.backoff.ms", "50").with("ups.retry.backoff.max.ms", "1000")
                    .with("ledger.topic.partitions", "1").with("ledger.topic.replication.factor", "1")
                    .with("reconcile.check.interval.ms", "300")
                    .with("reconcile.reship.backoff.ms", "300").with("reconcile.reship.backoff.max.ms", "3000")
                    .with("subscription.enabled", "false")
                    .with("labels.enabled", "false")
                    .with(ShipFromSite.settings(ACCOUNT, ShipFromSite.ATLANTA))
                    .with("site.ATL.changed.order.policy", "RESHIP_BEFORE_PICKUP").build());
            await("ledger topic created").atMost(WAIT).until(() -> cluster.topics().names().contains(ledger));
            start(cluster, writeBack, PipelineConfigs.x3Sink(connection, ledger, tracking)
                    .with("retry.backoff.ms", "50").with("retry.backoff.max.ms", "500").build());

            List<String> shippedBefore = numbers(awaitWriteBack(x3, changed, r -> !numbers(r).isEmpty()));
            List<String> voidedNumbers = numbers(awaitWriteBack(x3, cancelBefore, r -> !numbers(r).isEmpty()));
            List<String> lateNumbers = numbers(awaitWriteBack(x3, cancelAfter, r -> !numbers(r).isEmpty()));

            x3.admin().cancel(OrderKind.SALES, cancelBefore);
            x3.admin().modifySalesOrder(changed, Map.of("BPDADDLIG", List.of("4400 North Point Pkwy", "", ""),
                    "BPDPOSCOD", "30022", "BPDCTY", "Alpharetta"));

            TrackingRecord voided = awaitWriteBack(x3, cancelBefore, r -> "MV".equals(text(r, "YSTACOD")));
            assertThat(text(voided, "YEXCCOD")).isEqualTo("CANCELLED");
            assertThat(numbers(voided)).containsExactlyElementsOf(voidedNumbers);
            assertThat(ups.shipments().byTrackingNumber(voidedNumbers.get(0)).orElseThrow().timeline().voided())
                    .as("voided at UPS").isTrue();

            TrackingRecord reshipped = awaitWriteBack(x3, changed,
                    r -> !numbers(r).isEmpty() && !numbers(r).equals(shippedBefore));
            assertThat(numbers(reshipped)).as("X3 holds the new tracking number only")
                    .doesNotContainAnyElementsOf(shippedBefore);
            List<Shipment> atUps = ups.shipments().byReference("SEED:SALES:" + changed);
            assertThat(atUps).hasSize(2);
            assertThat(atUps).filteredOn(Shipment::live).singleElement().satisfies(live -> {
                assertThat(live.id()).isEqualTo(numbers(reshipped).get(0));
                assertThat(live.destination().toString()).contains("4400 North Point Pkwy");
            });

            ups.advanceClock(Duration.ofHours(8)); // UPS has picked the third order up by now
            long voids = ups.counters().count(ApiEndpoint.VOID);
            x3.admin().cancel(OrderKind.SALES, cancelAfter);

            TrackingRecord flagged = awaitWriteBack(x3, cancelAfter, r -> "CANCEL_PU".equals(text(r, "YEXCCOD")));
            assertThat(text(flagged, "YEXCRSN")).contains(lateNumbers.get(0));
            assertThat(numbers(flagged)).containsExactlyElementsOf(lateNumbers);
            assertThat(ups.shipments().byTrackingNumber(lateNumbers.get(0)).orElseThrow().timeline().voided())
                    .as("not voided").isFalse();
            assertThat(ups.counters().count(ApiEndpoint.VOID)).isEqualTo(voids);
        } finally {
            for (String connector : List.of(writeBack, sink, source)) {
                cluster.rest().deleteConnector(connector);
            }
        }
    }

    private static String create(X3Simulator x3) {
        return x3.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0001").site("ATL").deliveryMode("UGND")
                .line("IT0001", 2)).number();
    }

    private static void start(ConnectCluster cluster, String name, Map<String, String> config) {
        cluster.rest().createConnector(name, config).orThrow();
        ConnectorAwait.untilRunning(cluster.rest(), name, 1);
    }
}
