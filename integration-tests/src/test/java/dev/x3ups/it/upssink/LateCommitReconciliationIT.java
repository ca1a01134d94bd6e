package dev.x3ups.it.upssink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.fault.CommitDelay;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import dev.x3ups.ups.simulator.ship.ReferenceCount;
import dev.x3ups.ups.simulator.visibility.LookupChannel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A UPS slow in both ways (docs/architecture.md, "Economical reconciliation" and "Late duplicate audit"): 30 %
 * of the ship calls are held past the client's timeout and committed up to 60 s after it, every look-up channel
 * shows a shipment only 2 minutes after its commit, and the task is restarted twice mid-run. Looking late and
 * seldom (first look-up past the lag, as the defaults do) finds what UPS committed; after the audit period no
 * live twin may remain, no order may be lost, and both the ship calls and all UPS calls about an order (ship,
 * look-ups, label reprints, voids, as the simulator attributes them to the order's reference) stay at 1.5 or fewer
 * per order on average. Measured: 40 ship calls, 11 lost answers each found by one Label Recovery by reference
 * that also brought the labels, no Track call, no twin: 51 calls, 1.28 per order (1.55 when each lost answer cost
 * Track by reference plus a Label Recovery by tracking number for the labels).
 */
@ConnectIT
class LateCommitReconciliationIT {
    private static final Duration INDEX_LAG = Duration.ofMinutes(2);

    @Test
    void lateCommitsAndALaggingIndexLeaveNoLiveTwinAndCostAtMostOneAndAHalfShipCallsPerOrder(ConnectCluster cluster,
                                                                                               TestNames names) {
        try (UpsSinkRun run = UpsSinkRun.start(cluster, names, 2)) {
            run.ups.faults().set(ApiEndpoint.SHIP, FaultSpec.none()
                    .withLateCommits(0.3, CommitDelay.between(Duration.ofSeconds(1), Duration.ofSeconds(61)))
                    .withHold(Duration.ofSeconds(2)));
            for (LookupChannel channel : LookupChannel.values()) {
                run.ups.visibilityLag().set(channel, INDEX_LAG);
            }
            Map<String, String> config = run.config();
            config.put("ups.timeout.ms", "1000");
            config.put("ship.max.in.flight", "8");
            // the defaults' shape (look once past the lag, once more later), scaled to this UPS: a commit 61 s
            // late shows 3 min 1 s after the call
            config.put("reconcile.reship.backoff.ms", "190000");
            config.put("reconcile.reship.backoff.max.ms", "300000");
            config.put("reconcile.checks", "2");
            config.put("reconcile.check.interval.ms", "60000");
            config.put("reconcile.max.reships", "3");
            // a twin committed 61 s late shows 2 min after that: the audit runs well past it
            config.put("audit.period.ms", "240000");
            config.put("audit.interval.ms", "20000");
            run.create(config);
            List<Order> orders = run.orders(40);
            run.produce(orders);

            for (int restart = 1; restart <= 2; restart++) {
                long finalBefore = 15L * restart;
                await("at least " + finalBefore + " orders final").atMost(Duration.ofSeconds(300))
                        .pollInterval(Duration.ofMillis(300))
                        .until(() -> run.ledgerEntries().values().stream().filter(e -> e.state().isFinal()).count()
                                >= finalBefore);
                cluster.rest().restartTask(run.connector, 0).orThrow(); // orders waiting to reconcile are abandoned
                ConnectorAwait.untilRunning(cluster.rest(), run.connector, 1);
            }
            run.awaitFinal(orders, Duration.ofSeconds(300));
            await("every late commit landed").atMost(Duration.ofSeconds(90))
                    .until(() -> run.ups.lateCommits().pending() == 0);

            await("no live twin at UPS").atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> run.ups.shipments().createdPerReference().values().stream()
                            .allMatch(c -> c.live() <= 1));

            Map<String, ShipmentLedgerEntry> ledger = run.ledgerEntries();
            Map<String, ReferenceCount> counts = run.ups.shipments().createdPerReference();
            for (Order order : orders) {
                ShipmentLedgerEntry entry = ledger.get(order.key());
                assertThat(entry.state()).as(order.key()).isEqualTo(ShipmentState.CREATED);
                assertThat(run.ups.shipments().byReference(order.key()))
                        .as("the ledger's shipment of " + order.key() + " is the one live at UPS")
                        .filteredOn(s -> s.live()).singleElement()
                        .satisfies(s -> assertThat(s.id()).isEqualTo(entry.shipmentId()));
            }
            long shipCalls = run.ups.counters().count(ApiEndpoint.SHIP);
            long created = orders.stream().mapToLong(o -> counts.get(o.key()).created()).sum();
            long voidedByAudit = ledger.values().stream().mapToLong(e -> e.voidedShipmentIds().size()).sum();
            System.out.printf("late-commit IT: %d orders, %d ship calls, %d shipments created, %d twins voided "
                            + "(%d recorded by the audit), track by reference %d, label recovery %d, void %d calls%n",
                    orders.size(), shipCalls, created, created - orders.size(), voidedByAudit,
                    run.ups.counters().count(ApiEndpoint.TRACK_REFERENCE),
                    run.ups.counters().count(ApiEndpoint.LABEL_RECOVERY), run.ups.counters().count(ApiEndpoint.VOID));
            assertThat(run.ups.lateCommits().counts().committed()).as("late commits happened").isPositive();
            long callsAboutOrders = orders.stream().mapToLong(o -> run.ups.counters().callsFor(o.key()).values()
                    .stream().mapToLong(Long::longValue).sum()).sum();
            System.out.printf("late-commit IT: %d UPS calls about the orders (%.2f per order), %d business calls "
                    + "in all (Track Alert subscriptions included)%n", callsAboutOrders,
                    (double) callsAboutOrders / orders.size(), run.ups.counters().businessCalls());
            assertThat((double) shipCalls / orders.size()).as("ship calls per order").isLessThanOrEqualTo(1.5);
            // every call about an order (ship, look-ups, label reprints, voids), as the simulator attributes them
            assertThat((double) callsAboutOrders / orders.size()).as("UPS calls per order").isLessThanOrEqualTo(1.5);
            assertThat(ledger.values()).filteredOn(e -> orders.stream().anyMatch(o -> o.key().equals(e.orderKey())))
                    .as("orders that went through reconciliation are marked for the audit")
                    .anySatisfy(e -> assertThat(e.reconciledAt()).isNotNull());
        }
    }
}
