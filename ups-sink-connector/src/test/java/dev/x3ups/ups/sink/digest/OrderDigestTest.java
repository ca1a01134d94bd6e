package dev.x3ups.ups.sink.digest;

import static dev.x3ups.ups.sink.planning.TestOrders.cm;
import static dev.x3ups.ups.sink.planning.TestOrders.customerUs;
import static dev.x3ups.ups.sink.planning.TestOrders.dimensioned;
import static dev.x3ups.ups.sink.planning.TestOrders.line;
import static dev.x3ups.ups.sink.planning.TestOrders.sales;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Address;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderDigestTest {
    private final Order order = sales("ATL", customerUs(), "UGND", line(1000, "IT0001", "2", "1.5", "KG"),
            dimensioned(2000, "IT0012", "1", "UN", "2", "LB", cm("30", "20", "10")));

    @Test
    void sameContentSameDigestAsLowerCaseSha256Hex() {
        Order copy = sales("ATL", customerUs(), "UGND", line(1000, "IT0001", "2", "1.5", "KG"),
                dimensioned(2000, "IT0012", "1", "UN", "2", "LB", cm("30", "20", "10")));

        assertThat(OrderDigest.of(order)).isEqualTo(OrderDigest.of(copy)).matches("[0-9a-f]{64}");
    }

    @Test
    void stableAcrossJvmsAndReleases() {
        // pinned: a change here means every ledger entry would look changed after an upgrade
        Order fixed = sales("ATL", new Address("Peachtree Outfitters", null, null, null, List.of("123 Main St"),
                "Alpharetta", "GA", "30005", "US", false), "UGND", line(1000, "IT0001", "1", "1", "KG"));

        assertThat(OrderDigest.of(fixed)).isEqualTo(OrderDigest.of(fixed));
        assertThat(OrderDigest.of(fixed)).isEqualTo(PINNED);
    }

    @Test
    void revisionStatusTotalsAndDescriptionsDoNotCount() {
        Order bumped = new Order(order.kind(), order.folder(), order.number(), order.site(),
                Instant.parse("2026-11-21T08:00:00Z"), order.partyCode(), order.shipFrom(), order.shipTo(),
                order.lines().stream().map(l -> new OrderLine(l.lineNumber(), l.item(), "renamed", l.quantity(),
                        l.unit(), l.unitWeight(), l.lineWeight(), l.weightUnit(), l.dimensions())).toList(),
                new BigDecimal("1.00"), "EUR", order.deliveryMode(), order.carrier(), "CLOSED",
                order.customerReference());

        assertThat(OrderDigest.of(bumped)).isEqualTo(OrderDigest.of(order));
    }

    @Test
    void decimalScaleDoesNotCount() {
        Order scaled = sales("ATL", customerUs(), "UGND", line(1000, "IT0001", "2.000", "1.50", "KG"),
                dimensioned(2000, "IT0012", "1.0", "UN", "2.0", "LB", cm("30.0", "20", "10.00")));

        assertThat(OrderDigest.of(scaled)).isEqualTo(OrderDigest.of(order));
    }

    @Test
    void addressLinesDeliveryModeAndCustomerReferenceChangeIt() {
        Address moved = new Address("Peachtree Outfitters", "Jane Doe", "+1 (404) 555-0123 x12", "jane@example.com",
                List.of("125 Main St"), "Alpharetta", "GA", "30005", "US", true);

        assertThat(OrderDigest.of(sales("ATL", moved, "UGND", order.lines().toArray(OrderLine[]::new))))
                .isNotEqualTo(OrderDigest.of(order));
        assertThat(OrderDigest.of(sales("ATL", customerUs(), "UNDA", order.lines().toArray(OrderLine[]::new))))
                .isNotEqualTo(OrderDigest.of(order));
        assertThat(OrderDigest.of(sales("ATL", customerUs(), "UGND", line(1000, "IT0001", "3", "1.5", "KG"))))
                .isNotEqualTo(OrderDigest.of(order));
        assertThat(OrderDigest.of(sales("SO000101", "ATL", customerUs(), "UGND", "PO-4712",
                order.lines().toArray(OrderLine[]::new)))).isNotEqualTo(OrderDigest.of(order));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        Address a = new Address("AB", "C", null, null, List.of("1 Main St"), "X", "GA", "30005", "US", false);
        Address b = new Address("A", "BC", null, null, List.of("1 Main St"), "X", "GA", "30005", "US", false);

        assertThat(OrderDigest.of(sales("ATL", a, "UGND", line(1000, "IT0001", "1", "1", "KG"))))
                .isNotEqualTo(OrderDigest.of(sales("ATL", b, "UGND", line(1000, "IT0001", "1", "1", "KG"))));
    }

    /** Computed outside Java (Python hashlib over the documented length-prefixed form). */
    private static final String PINNED = "5d8a87980a0407fe673f71637e1b63cac920188594b179ae19541701c5ec153b";
}
