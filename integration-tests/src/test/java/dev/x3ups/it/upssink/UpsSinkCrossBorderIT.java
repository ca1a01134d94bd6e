package dev.x3ups.it.upssink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.embedded.connectors.ShipFromSite;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.Address;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.records.OrderLine;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.ship.Shipment;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Goods crossing borders through the UPS sink, against a simulator that refuses what UPS refuses (schema, contacts,
 * commercial invoice, PO boxes, reference levels): every cross-border sales and purchase order ships — so its
 * request carried a valid paperless invoice — with its reference at shipment level; an item without HS code and a
 * PO box end FAILED with the reason, the PO box after exactly one refused call.
 */
@ConnectIT
class UpsSinkCrossBorderIT {
    private static final Address TORONTO = new Address("Maple Leaf Supplies", "Pierre Roy", "+1 416 555 0199", null,
            List.of("290 Bremner Blvd"), "Toronto", "ON", "M5V 3L9", "CA", false);
    private static final Address ALPHARETTA = UpsSinkRun.customer();
    private static final Address FRANKFURT = new Address("Rhein Werkzeuge GmbH", "Max Muster", "+49 69 5550100", null,
            List.of("Hauptstrasse 5"), "Frankfurt am Main", null, "60311", "DE", false);
    private static final Address LONDON = new Address("Thames Trading", "Ann Smith", "+44 20 7555 0123", null,
            List.of("10 Downing Yard"), "London", null, "SW1A 2AA", "GB", false);
    private static final Address SUPPLIER_HAMILTON = new Address("Great Lakes Components", "Receiving", "+1 905 555 0111",
            "dispatch@greatlakes.example", List.of("100 King St W"), "Hamilton", "ON", "L8P 4R5", "CA", false);
    private static final Address SUPPLIER_CHICAGO = new Address("Supplier Industries", "Bob Vendor", "+1 312 555 0111",
            "shipping@supplierindustries.example", List.of("500 W Madison St"), "Chicago", "IL", "60661", "US", false);

    @Test
    void crossBorderOrdersShipWithTheirInvoiceAndTheUnshippableFailWithTheReason(ConnectCluster cluster,
                                                                              TestNames names) {
        try (UpsSinkRun run = UpsSinkRun.start(cluster, names, 1)) {
            Order usToCa = sales(run, "UC", "ATL", TORONTO, "USTD", customs(1, "IT0001"));
            Order caToUs = sales(run, "CU", "MIS", ALPHARETTA, "USTD", customs(1, "IT0002"));
            Order usToDe = sales(run, "UD", "ATL", FRANKFURT, "UWEX", customs(1, "IT0003"), customs(2, "IT0004"));
            Order caToGb = sales(run, "CG", "MIS", LONDON, "UWEX", customs(1, "IT0005"));
            Order purchaseCaToUs = purchase(run, "PC", "RNO", SUPPLIER_HAMILTON, customs(1, "IT0006"));
            Order purchaseUsToCa = purchase(run, "PU", "MIS", SUPPLIER_CHICAGO, customs(1, "IT0007"));
            Order noHsCode = sales(run, "NH", "ATL", TORONTO, "USTD", new OrderLine(1, "IT0042", "Widget",
                    BigDecimal.ONE, "UN", BigDecimal.ONE, null, "KG", null, new BigDecimal("5"), null, "US", "WID"));
            Order poBox = sales(run, "PB", "ATL", new Address("Peachtree Outfitters", "Jane Doe", "+1 404 555 0123",
                    null, List.of("PO Box 1234"), "Alpharetta", "GA", "30005", "US", false), "UGND",
                    customs(1, "IT0001"));
            List<Order> shippable = List.of(usToCa, caToUs, usToDe, caToGb, purchaseCaToUs, purchaseUsToCa);
            List<Order> all = new java.util.ArrayList<>(shippable);
            all.add(noHsCode);
            all.add(poBox);

            run.create(run.config(ShipFromSite.ATLANTA, ShipFromSite.RENO, ShipFromSite.MISSISSAUGA));
            run.produce(all);

            Map<String, ShipmentLedgerEntry> ledger = run.awaitFinal(all, Duration.ofSeconds(120));
            for (Order order : shippable) {
                assertThat(ledger.get(order.key()).state()).as(order.key() + " " + ledger.get(order.key()))
                        .isEqualTo(ShipmentState.CREATED);
                List<Shipment> shipped = run.ups.shipments().byReference(order.key());
                assertThat(shipped).as("found again by its reference").hasSize(1);
                assertThat(shipped.get(0).shipmentReferences()).as("cross-border: shipment-level reference")
                        .isNotEmpty();
                assertThat(shipped.get(0).packages()).allSatisfy(p -> assertThat(p.references()).isEmpty());
            }
            ShipmentLedgerEntry missingHs = ledger.get(noHsCode.key());
            assertThat(missingHs.state()).isEqualTo(ShipmentState.FAILED);
            assertThat(missingHs.failureMessage()).contains("item IT0042", "HS commodity code");
            ShipmentLedgerEntry refused = ledger.get(poBox.key());
            assertThat(refused.state()).isEqualTo(ShipmentState.FAILED);
            assertThat(refused.failureCode() + " " + refused.failureMessage()).contains("PO Box");
            assertThat(run.ups.counters().count(ApiEndpoint.SHIP)).as("one call per shippable order, one refused")
                    .isEqualTo(shippable.size() + 1);
        }
    }

    private static Order sales(UpsSinkRun run, String suffix, String site, Address shipTo, String mode,
                               OrderLine... lines) {
        return new Order(OrderKind.SALES, "SEED", run.number(suffix), site, now(), "C0001", null, shipTo,
                List.of(lines), new BigDecimal("120.00"), site.equals("MIS") ? "CAD" : "USD", mode, "UPS", "OPEN",
                "CUST-" + suffix);
    }

    private static Order purchase(UpsSinkRun run, String suffix, String site, Address supplier, OrderLine... lines) {
        return new Order(OrderKind.PURCHASE, "SEED", run.number(suffix), site, now(), "S0001", supplier, null,
                List.of(lines), new BigDecimal("300.00"), "USD", "USTD", "UPS", "OPEN", "SUP-" + suffix);
    }

    private static OrderLine customs(int number, String item) {
        return new OrderLine(number, item, "Steel part " + item, new BigDecimal("3"), "UN", new BigDecimal("0.5"),
                null, "KG", null, new BigDecimal("12.50"), "7318.15", "US", "FAS");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
