package dev.x3ups.it.upssink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.it.harness.CapturedLog;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import dev.x3ups.ups.simulator.fault.TimeoutMode;
import dev.x3ups.ups.simulator.ship.ReferenceCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The UPS sink on the shared in-process broker and Connect worker, against the UPS simulator. */
@ConnectIT
class UpsSinkIT {

    @Test
    void shipsEveryOrderOnceAndRedeliveryShipsNothing(ConnectCluster cluster, TestNames names, CapturedLog log) {
        try (UpsSinkRun run = UpsSinkRun.start(cluster, names, 3)) {
            List<Order> orders = run.orders(60);
            run.create(run.config());
            run.produce(orders);

            Map<String, ShipmentLedgerEntry> ledger = run.awaitFinal(orders, Duration.ofSeconds(90));
            assertThat(ledger.values()).allSatisfy(e -> {
                assertThat(e.state()).isEqualTo(ShipmentState.CREATED);
                assertThat(e.shipmentId()).startsWith("1Z" + UpsSinkRun.ACCOUNT);
                assertThat(e.trackingNumbers()).isNotEmpty();
                assertThat(e.billedCharges()).isNotNull();
                assertThat(e.serviceCode()).isEqualTo("03");
            });
            assertEachShippedOnce(run, orders);
            assertThat(cluster.topics().config(run.ledger)).containsEntry("cleanup.policy", "compact");
            run.awaitCommitted(60);
            long shipCalls = run.ups.counters().count(ApiEndpoint.SHIP);

            // offsets reset and connector restarted: every order arrives again, none ships again
            cluster.rest().stop(run.connector).orThrow();
            ConnectorAwait.untilState(cluster.rest(), run.connector, "STOPPED", 0);
            cluster.rest().resetOffsets(run.connector).orThrow();
            cluster.rest().resume(run.connector).orThrow();
            ConnectorAwait.untilRunning(cluster.rest(), run.connector, 1);
            run.awaitCommitted(60);

            assertThat(run.ups.counters().count(ApiEndpoint.SHIP)).isEqualTo(shipCalls);
            assertEachShippedOnce(run, orders);
            assertThat(run.dlqRecords()).isZero();
            assertThat(log.text()).doesNotContain("sim-client-secret");
        }
    }

    @Test
    void ambiguousTimeoutsAndRestartsLeaveNoDuplicateAndLoseNothing(ConnectCluster cluster, TestNames names) {
        try (UpsSinkRun run = UpsSinkRun.start(cluster, names, 2)) {
            // a third of the ship calls create the shipment, then hold the answer past our timeout
            run.ups.faults().set(ApiEndpoint.SHIP, FaultSpec.none()
                    .withTimeouts(0.3, TimeoutMode.AFTER_PROCESSING, Duration.ofSeconds(3)));
            Map<String, String> config = run.config();
            config.put("ups.timeout.ms", "1000");
            config.put("ship.max.in.flight", "8");
            run.create(config);
            List<Order> orders = run.orders(40);
            run.produce(orders);

            for (int restart = 1; restart <= 2; restart++) {
                int shippedBefore = 12 * restart;
                await("at least " + shippedBefore + " orders final").atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(300))
                        .until(() -> run.ledgerEntries().values().stream().filter(e -> e.state().isFinal()).count()
                                >= shippedBefore);
                cluster.rest().restartTask(run.connector, 0).orThrow(); // mid-batch: orders in flight are abandoned
                ConnectorAwait.untilRunning(cluster.rest(), run.connector, 1);
            }
            Map<String, ShipmentLedgerEntry> ledger = run.awaitFinal(orders, Duration.ofSeconds(180));

            Map<String, ReferenceCount> counts = run.ups.shipments().createdPerReference();
            for (Order order : orders) {
                assertThat(ledger.get(order.key()).state()).as(order.key()).isEqualTo(ShipmentState.CREATED);
                assertThat(counts.get(order.key()).live()).as("live shipments of " + order.key()).isEqualTo(1);
                String kept = ledger.get(order.key()).shipmentId();
                assertThat(run.ups.shipments().byReference(order.key()))
                        .filteredOn(s -> s.live()).singleElement()
                        .satisfies(s -> assertThat(s.id()).isEqualTo(kept));
            }
            assertThat(counts.values().stream().mapToInt(ReferenceCount::created).sum())
                    .as("the faults made UPS create shipments we did not hear about")
                    .isGreaterThanOrEqualTo(orders.size());
        }
    }

    @Test
    void aPendingLeftByACrashIsReconciledAndItsDuplicatesVoided(ConnectCluster cluster, TestNames names) {
        try (UpsSinkRun run = UpsSinkRun.start(cluster, names, 1)) {
            List<Order> orders = run.orders(3);
            // two earlier deployments, each with its own ledger, shipped the same orders: two live shipments each
            for (String earlier : List.of("first", "second")) {
                Map<String, String> config = run.config();
                config.put("ledger.topic", run.ledger + "-" + earlier);
                config.put("subscription.enabled", "false");
                String name = run.connector + "-" + earlier;
                cluster.rest().createConnector(name, config).orThrow();
                if (earlier.equals("first")) {
                    run.produce(orders);
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> orders.stream().allMatch(o ->
                        run.ups.shipments().byReference(o.key()).size() == (earlier.equals("first") ? 1 : 2)));
                cluster.rest().deleteConnector(name).orThrow();
                ConnectorAwait.untilDeleted(cluster.rest(), name);
            }
            // this deployment's ledger says a ship call was sent but its answer never recorded
            for (Order order : orders) {
                run.produceLedger(ShipmentLedgerEntry.builder().orderKey(order.key()).state(ShipmentState.PENDING)
                        .orderRevision(order.revision()).reference(order.key()).serviceCode("03")
                        .updatedAt(Instant.now()).build());
            }
            long shipCalls = run.ups.counters().count(ApiEndpoint.SHIP);
            run.create(run.config());

            Map<String, ShipmentLedgerEntry> ledger = run.awaitFinal(orders, Duration.ofSeconds(60));
            for (Order order : orders) {
                String earliest = run.ups.shipments().byReference(order.key()).stream()
                        .map(dev.x3ups.ups.simulator.ship.Shipment::id).sorted().findFirst().orElseThrow();
                assertThat(ledger.get(order.key()).state()).isEqualTo(ShipmentState.CREATED);
                assertThat(ledger.get(order.key()).shipmentId()).isEqualTo(earliest);
                await().atMost(Duration.ofSeconds(30)).until(() ->
                        run.ups.shipments().createdPerReference().get(order.key()).equals(new ReferenceCount(2, 1)));
            }
            assertThat(run.ups.counters().count(ApiEndpoint.SHIP)).isEqualTo(shipCalls);
            assertThat(run.ups.counters().count(ApiEndpoint.VOID)).isEqualTo(3);
        }
    }

    @Test
    void unshippableOrdersAreFailedWithTheReasonAndSentToTheDlq(ConnectCluster cluster, TestNames names) {
        try (UpsSinkRun run = UpsSinkRun.start(cluster, names, 1)) {
            run.create(run.config());
            List<Order> good = run.orders(3);
            Order noWeight = run.order("NOWGT1", UpsSinkRun.customer(),
                    List.of(UpsSinkRun.line(1, "IT0002", "1", null, null)));
            Order longStreet = run.order("BADADR1", new dev.x3ups.records.Address("Peachtree Outfitters", null,
                    "+1 404 555 0123", null, List.of("Building 7 of the Peachtree Industrial Park North Campus "
                    + "Loading Dock Entrance Number Twelve Behind The Main Warehouse Next To The Rail Spur Gate"),
                    "Alpharetta", "GA", "30005", "US", false), List.of(UpsSinkRun.line(1, "IT0001", "1", "1", "KG")));
            Order badZip = run.order("BADZIP1", new dev.x3ups.records.Address("Peachtree Outfitters", null,
                    "+1 404 555 0123", null, List.of("123 Main St"), "Alpharetta", "GA", "3000", "US", false),
                    List.of(UpsSinkRun.line(1, "IT0001", "1", "1", "KG")));
            List<Order> all = new ArrayList<>(good);
            all.add(noWeight);
            all.add(longStreet);
            all.add(badZip);
            run.produce(all);

            Map<String, ShipmentLedgerEntry> ledger = run.awaitFinal(all, Duration.ofSeconds(60));
            assertThat(ledger.get(noWeight.key()).state()).isEqualTo(ShipmentState.FAILED);
            assertThat(ledger.get(noWeight.key()).failureCode()).isEqualTo("NO_WEIGHT");
            for (Order bad : List.of(longStreet, badZip)) {
                assertThat(ledger.get(bad.key()).state()).isEqualTo(ShipmentState.FAILED);
                assertThat(ledger.get(bad.key()).failureCode()).isNotBlank();
                assertThat(ledger.get(bad.key()).failureMessage()).isNotBlank();
            }
            good.forEach(o -> assertThat(ledger.get(o.key()).state()).isEqualTo(ShipmentState.CREATED));
            await().atMost(Duration.ofSeconds(30)).until(() -> run.dlqRecords() == 3);
            ConnectorAwait.untilRunning(cluster.rest(), run.connector, 1);
        }
    }

    @Test
    void rateLimitStormAndTokenOutageStillShipEveryOrderWithinTheTokenBudget(ConnectCluster cluster, TestNames names) {
        try (UpsSinkRun run = UpsSinkRun.start(cluster, names, 1)) {
            Map<String, String> config = run.config();
            config.put("ups.token.daily.budget", "10");
            run.create(config); // validate() fetched the token the task now shares
            // then the token endpoint goes down, every token is revoked, and ship answers a burst of 429s
            run.ups.faults().set(ApiEndpoint.TOKEN, FaultSpec.none().withOutage(true));
            run.ups.tokens().expireAll();
            run.ups.faults().set(ApiEndpoint.SHIP, FaultSpec.none().withRateLimitBurst(40, 1));
            List<Order> orders = run.orders(30);
            run.produce(orders);

            await().atMost(Duration.ofSeconds(30)).until(() -> run.ups.counters().count(ApiEndpoint.TOKEN, 503) >= 1);
            run.ups.faults().clear(ApiEndpoint.TOKEN);
            Map<String, ShipmentLedgerEntry> ledger = run.awaitFinal(orders, Duration.ofSeconds(120));

            assertThat(ledger.values()).allSatisfy(e -> assertThat(e.state()).isEqualTo(ShipmentState.CREATED));
            assertEachShippedOnce(run, orders);
            assertThat(run.ups.counters().count(ApiEndpoint.SHIP, 429)).isGreaterThan(0);
            assertThat(run.ups.counters().count(ApiEndpoint.TOKEN)).isBetween(1L, 10L);
        }
    }

    @Test
    void subscribesInBatchesOfAHundredAndRenewsBeforeExpiry(ConnectCluster cluster, TestNames names) {
        try (UpsSinkRun run = UpsSinkRun.start(cluster, names, 1)) {
            Map<String, String> config = run.config();
            config.put("ship.max.in.flight", "64");
            // long enough that only the last, partial batch goes out on time, even on a busy machine
            config.put("subscription.flush.interval.ms", "20000");
            // renewal 45 s after subscribing instead of 13 days: the connector's clock is the wall clock
            config.put("subscription.renew.before.expiry.ms",
                    Long.toString(Duration.ofDays(14).minusSeconds(45).toMillis()));
            config.put("subscription.renew.check.interval.ms", "500");
            run.create(config);
            List<Order> orders = run.orders(250);
            run.produce(orders);

            Map<String, ShipmentLedgerEntry> subscribed = await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500)).until(run::ledgerEntries, l -> l.size() == 250
                            && l.values().stream().allMatch(e -> e.subscriptionState() == SubscriptionState.ACTIVE));
            assertThat(run.ups.counters().count(ApiEndpoint.TRACK_ALERT)).isEqualTo(3);
            assertThat(run.ups.trackAlert().activeSubscriptions()).isEqualTo(250);
            Instant firstExpiry = subscribed.values().stream().map(ShipmentLedgerEntry::subscriptionExpiry)
                    .max(Instant::compareTo).orElseThrow();

            // 13 days later on UPS's clock the subscriptions have one day left; the renewal must extend them
            run.ups.advanceClock(Duration.ofDays(13));
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(run::ledgerEntries, l -> l.values().stream()
                            .allMatch(e -> e.subscriptionExpiry() != null && e.subscriptionExpiry().isAfter(firstExpiry)));
            assertThat(run.ups.counters().count(ApiEndpoint.TRACK_ALERT)).isGreaterThanOrEqualTo(6);
            run.ups.advanceClock(Duration.ofDays(2));
            assertThat(run.ups.trackAlert().activeSubscriptions()).isEqualTo(250);
        }
    }

    @Test
    void trackAlertUnavailableIsRecordedSoTheTrackingSourcePolls(ConnectCluster cluster, TestNames names) {
        try (UpsSinkRun run = UpsSinkRun.start(cluster, names, 1)) {
            run.ups.trackAlert().setAvailable(false);
            run.create(run.config());
            List<Order> orders = run.orders(5);
            run.produce(orders);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(run::ledgerEntries, l -> l.size() == 5 && l.values().stream()
                            .allMatch(e -> e.subscriptionState() == SubscriptionState.UNAVAILABLE));
        }
    }

    private static void assertEachShippedOnce(UpsSinkRun run, List<Order> orders) {
        Map<String, ReferenceCount> counts = run.ups.shipments().createdPerReference();
        for (Order order : orders) {
            assertThat(counts.get(order.key())).as("shipments of " + order.key()).isEqualTo(new ReferenceCount(1, 1));
        }
    }
}
