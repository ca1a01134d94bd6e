package dev.x3ups.it.upssink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.embedded.connectors.PipelineConfigs;
import dev.x3ups.embedded.connectors.ShipFromSite;
import dev.x3ups.embedded.connectors.X3Connection;
import dev.x3ups.embedded.connectors.X3Login;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.Address;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.ship.Shipment;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The UPS sink's address policies against the UPS simulator's address book: CLASSIFY sends
 * {@code ResidentialAddressIndicator} exactly for the addresses UPS classifies residential (read back from the
 * simulator's recorded ship requests), asks once per address (the cache answers a repeat customer), and leaves a
 * Canadian address alone; VALIDATE holds an ambiguous and an unknown address (ledger HELD, no ship call), the X3 sink
 * flags the order with UPS's candidates, and the order corrected in X3 ships.
 */
@ConnectIT
class UpsSinkAddressPolicyIT {
    /** In the simulator's address book: valid, residential. */
    private static final Address EVERGREEN = party(List.of("742 Evergreen Terrace"), "Springfield", "IL", "62704", "US",
            false);
    /** The same customer as X3 spells it on a later order: the cache's normalised key matches it. */
    private static final Address EVERGREEN_AGAIN = party(List.of("742 EVERGREEN TERRACE."), "SPRINGFIELD", "IL",
            "62704", "US", false);
    /** In the book: valid, commercial, although X3 says residential. */
    private static final Address EMPIRE_STATE = party(List.of("350 Fifth Avenue"), "New York", "NY", "10118", "US", true);
    /** In the book: ambiguous, two candidates. */
    private static final Address PEACHTREE = party(List.of("100 Peachtree Street"), "Atlanta", "GA", "30303", "US",
            false);
    /** In the book: no candidates. */
    private static final Address NOWHERE = party(List.of("999 Nowhere Road"), "Faketown", "TX", "75001", "US", false);
    /** Not in the book (valid and commercial for the simulator). */
    private static final Address PEACHTREE_NE = party(List.of("100 Peachtree St NE"), "Atlanta", "GA", "30303", "US",
            false);
    private static final Address TORONTO = party(List.of("290 Bremner Blvd"), "Toronto", "ON", "M5V 3L9", "CA", true);

    @Test
    void classifySendsTheIndicatorExactlyForResidentialAddressesAndAsksOncePerAddress(ConnectCluster cluster,
                                                                                   TestNames names) {
        try (UpsSinkRun run = UpsSinkRun.start(cluster, names, 1)) {
            Order residential = order(run.number("R1"), "ATL", EVERGREEN);
            Order repeat = order(run.number("R2"), "ATL", EVERGREEN_AGAIN);
            Order commercial = order(run.number("C1"), "ATL", EMPIRE_STATE);
            Order canadian = order(run.number("CA"), "MIS", TORONTO);
            List<Order> all = List.of(residential, commercial, canadian);

            run.create(with(run.config(ShipFromSite.ATLANTA, ShipFromSite.MISSISSAUGA), "address.policy", "CLASSIFY"));
            run.produce(all);
            run.awaitFinal(all, Duration.ofSeconds(90));
            run.produce(List.of(repeat));
            Map<String, ShipmentLedgerEntry> ledger = run.awaitFinal(List.of(repeat), Duration.ofSeconds(60));

            assertThat(sent(run, residential).destination().residential()).as("UPS: residential").isTrue();
            assertThat(sent(run, repeat).destination().residential()).as("the repeat customer, from the cache").isTrue();
            assertThat(sent(run, commercial).destination().residential()).as("UPS: commercial, X3 said residential")
                    .isFalse();
            assertThat(sent(run, canadian).destination().residential()).as("not checked: X3's flag").isTrue();
            assertThat(run.ups.counters().count(ApiEndpoint.ADDRESS_VALIDATION))
                    .as("one call per US address; none for the repeat customer nor for Canada").isEqualTo(2);
            assertThat(ledger.get(repeat.key()).state()).isEqualTo(ShipmentState.CREATED);
            assertThat(run.ledgerEntries().get(commercial.key()).notes())
                    .contains("UPS classifies the ship-to commercial (X3: residential)");
        }
    }

    @Test
    void validateHoldsAnAmbiguousAddressFlaggedInX3WithTheCandidatesAndShipsItOnceCorrected(ConnectCluster cluster,
                                                                                       TestNames names) {
        String tracking = names.topic("ups.tracking");
        String x3Sink = names.connector("x3-sink");
        try (UpsSinkRun run = UpsSinkRun.start(cluster, names, 1);
             X3Simulator x3 = X3Simulator.builder().port(0).salesOrders(3).purchaseOrders(0).start()) {
            cluster.topics().create(tracking, 1);
            Order ambiguous = order("SO000001", "ATL", PEACHTREE);
            Order unknown = order("SO000002", "ATL", NOWHERE);
            Order valid = order("SO000003", "ATL", UpsSinkRun.customer());
            List<Order> all = List.of(ambiguous, unknown, valid);

            run.create(with(run.config(ShipFromSite.ATLANTA), "address.policy", "VALIDATE"));
            run.produce(all);
            Map<String, ShipmentLedgerEntry> ledger = run.awaitFinal(all, Duration.ofSeconds(90));

            ShipmentLedgerEntry held = ledger.get(ambiguous.key());
            assertThat(held.state()).isEqualTo(ShipmentState.HELD);
            assertThat(held.failureCode()).isEqualTo("ADDRESS_AMBIGUOUS");
            assertThat(held.failureMessage()).contains("100 PEACHTREE ST NE", "100 PEACHTREE ST SW");
            assertThat(ledger.get(unknown.key()).state()).isEqualTo(ShipmentState.HELD);
            assertThat(ledger.get(unknown.key()).failureCode()).isEqualTo("ADDRESS_UNKNOWN");
            assertThat(ledger.get(valid.key()).state()).isEqualTo(ShipmentState.CREATED);
            assertThat(run.ups.shipments().byReference(ambiguous.key())).as("held: nothing shipped").isEmpty();
            assertThat(run.ups.shipments().byReference(unknown.key())).isEmpty();
            assertThat(run.ups.counters().count(ApiEndpoint.SHIP)).isEqualTo(1);

            cluster.rest().createConnector(x3Sink, PipelineConfigs.x3Sink(new X3Connection(x3.baseUrl(), "SEED",
                    X3Login.basic(X3Simulator.DEFAULT_USER, X3Simulator.DEFAULT_PASSWORD)), run.ledger, tracking)
                    .with("retry.backoff.ms", "50").build()).orThrow();
            ConnectorAwait.untilRunning(cluster.rest(), x3Sink, 1);
            TrackingRecord flagged = awaitWriteBack(x3, "SO000001", "YEXCFLG", "2");
            assertThat(flagged.get("YEXCCOD")).isEqualTo("ADDR_AMBIG");
            assertThat(String.valueOf(flagged.get("YEXCRSN"))).startsWith("ADDRESS_AMBIGUOUS: ")
                    .contains("100 PEACHTREE ST NE", "100 PEACHTREE ST SW");

            // the order saved in X3 with the street UPS proposed: new content, shipped
            Order corrected = order("SO000001", "ATL", PEACHTREE_NE);
            run.produce(List.of(corrected));
            await("corrected order shipped").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                    .until(() -> run.ledgerEntries().get(corrected.key()).state() == ShipmentState.CREATED);
            assertThat(run.ups.shipments().byReference(corrected.key())).hasSize(1);
            TrackingRecord cleared = awaitWriteBack(x3, "SO000001", "YEXCFLG", "1");
            assertThat(String.valueOf(cleared.get("YTRKNUM")))
                    .contains(run.ledgerEntries().get(corrected.key()).trackingNumbers().get(0));
            cluster.rest().deleteConnector(x3Sink);
            ConnectorAwait.untilDeleted(cluster.rest(), x3Sink);
        }
    }

    private static TrackingRecord awaitWriteBack(X3Simulator x3, String number, String field, String value) {
        return await("YSHIPTRK " + number + " " + field + " = " + value).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).until(() -> x3.admin().writeBack(number).orElse(null),
                        r -> r != null && value.equals(String.valueOf(r.get(field))));
    }

    private static Shipment sent(UpsSinkRun run, Order order) {
        List<Shipment> shipped = run.ups.shipments().byReference(order.key());
        assertThat(shipped).as(order.key() + " shipped once").hasSize(1);
        return shipped.get(0);
    }

    private static Map<String, String> with(Map<String, String> config, String key, String value) {
        Map<String, String> out = new HashMap<>(config);
        out.put(key, value);
        return out;
    }

    private static Order order(String number, String site, Address shipTo) {
        return new Order(OrderKind.SALES, "SEED", number, site, Instant.now().truncatedTo(ChronoUnit.MILLIS), "C0001",
                null, shipTo, List.of(UpsSinkRun.line(1, "IT0001", "2", "1.5", "KG")), new BigDecimal("99.50"),
                site.equals("MIS") ? "CAD" : "USD", site.equals("MIS") ? "USTD" : "UGND", "UPS", "OPEN",
                "PO-" + number);
    }

    private static Address party(List<String> lines, String city, String state, String postal, String country,
                                 boolean residential) {
        return new Address("Jane Customer", "Jane Customer", "+1 404 555 0123", null, lines, city, state, postal,
                country, residential);
    }
}
