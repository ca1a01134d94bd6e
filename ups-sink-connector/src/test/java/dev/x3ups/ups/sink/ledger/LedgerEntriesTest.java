package dev.x3ups.ups.sink.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.ups.sink.support.SinkOrders;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerEntriesTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private final LedgerEntries entries = new LedgerEntries(Clock.fixed(NOW, ZoneOffset.UTC));
    private final Order order = SinkOrders.order("SO1");

    @Test
    void pendingCarriesRevisionDigestAndReference() {
        ShipmentLedgerEntry e = entries.pending(order, "d1", "REF", "03");
        assertThat(e.state()).isEqualTo(ShipmentState.PENDING);
        assertThat(e.orderRevision()).isEqualTo(order.revision());
        assertThat(e.orderDigest()).isEqualTo("d1");
        assertThat(e.reference()).isEqualTo("REF");
        assertThat(e.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void subscribingKeepsTheShipmentAndOnlyActiveKeepsAnExpiry() {
        ShipmentLedgerEntry created = entries.created(order, "d1", "REF", "1Z1", List.of("1Z1"), "03", null, null,
                "receiver phone from site.ATL.default.contact.phone");
        Instant expiry = NOW.plusSeconds(3600);

        ShipmentLedgerEntry active = entries.subscribed(created, SubscriptionState.ACTIVE, expiry);
        ShipmentLedgerEntry failed = entries.subscribed(created, SubscriptionState.FAILED, expiry);

        assertThat(active.shipmentId()).isEqualTo("1Z1");
        assertThat(active.notes()).as("a subscription update keeps the notes").startsWith("receiver phone");
        assertThat(active.subscriptionExpiry()).isEqualTo(expiry);
        assertThat(failed.subscriptionExpiry()).isNull();
        assertThat(failed.state()).isEqualTo(ShipmentState.CREATED);
    }

    @Test
    void aCreatedEntrySaysWhatItsSitesPickupNeeds() {
        LedgerEntries stamping = new LedgerEntries(Clock.fixed(NOW, ZoneOffset.UTC),
                site -> site.equals("ATL") ? java.time.LocalDate.parse("2026-11-30") : null);
        var kg = new dev.x3ups.ups.client.ship.ParcelPackage(null, null, new dev.x3ups.ups.client.ship.Weight(
                new BigDecimal("2.5"), dev.x3ups.ups.client.ship.WeightUnit.KGS), null, List.of());
        var lb = new dev.x3ups.ups.client.ship.ParcelPackage(null, null, new dev.x3ups.ups.client.ship.Weight(
                new BigDecimal("10"), dev.x3ups.ups.client.ship.WeightUnit.LBS), null, List.of());

        ShipmentLedgerEntry e = stamping.created(order, "d1", "REF", "1Z1", List.of("1Z1", "1Z2"), "03", null, null,
                null, List.of(kg, lb));

        assertThat(e.site()).isEqualTo("ATL");
        assertThat(e.pickupDate()).isEqualTo(java.time.LocalDate.parse("2026-11-30"));
        assertThat(e.destinationCountry()).isEqualTo("US");
        assertThat(e.packageWeightsKg()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2.5"), new BigDecimal("4.54"));
        assertThat(entries.created(order, "d1", "REF", "1Z1", List.of("1Z1"), "03", null, null).pickupDate())
                .as("no calendar: no pickup day").isNull();
    }

    @Test
    void upsAmountsBecomeLedgerAmounts() {
        assertThat(LedgerEntries.money(new dev.x3ups.ups.client.ship.Money("EUR", new BigDecimal("3.5"))))
                .isEqualTo(new dev.x3ups.records.Money(new BigDecimal("3.5"), "EUR"));
        assertThat(LedgerEntries.money(null)).isNull();
        assertThat(LedgerEntries.money(new dev.x3ups.ups.client.ship.Money(null, BigDecimal.ONE))).isNull();
    }
}
