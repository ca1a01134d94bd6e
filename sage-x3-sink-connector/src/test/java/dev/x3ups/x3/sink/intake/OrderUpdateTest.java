package dev.x3ups.x3.sink.intake;

import static dev.x3ups.x3.sink.testing.Records.ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.OrderKey;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.x3.sink.status.OrderState;
import dev.x3ups.x3.sink.status.StatusMerge;
import dev.x3ups.x3.sink.status.StatusVocabulary;
import dev.x3ups.x3.sink.testing.Records;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderUpdateTest {

    private final OrderKey order = OrderKey.parse(ORDER);

    @Test
    void aCreatedShipmentNamesItsPackagesInOrder() {
        assertThat(new OrderUpdate.Ledger(order, Records.created(ORDER, "1Z2", "1Z1")).trackingNumbers())
                .containsExactly("1Z2", "1Z1");
    }

    @Test
    void aVoidedOrFailedShipmentNamesNone() {
        assertThat(new OrderUpdate.Ledger(order, Records.ledger(ORDER, ShipmentState.VOIDED, List.of("1Z1"), null, null))
                .trackingNumbers()).isEmpty();
        assertThat(new OrderUpdate.Ledger(order, Records.failed(ORDER, "120802", "Address")).trackingNumbers()).isEmpty();
    }

    @Test
    void aTrackingEventNamesItsPackage() {
        assertThat(new OrderUpdate.Tracking(order, Records.event("1Z7", "I", "2025-01-15T20:00:00Z")).trackingNumbers())
                .containsExactly("1Z7");
    }

    @Test
    void aSettledLedgerEntryGivesTheOrderItsDigestAndLaterUpdatesKeepIt() {
        StatusMerge merge = new StatusMerge(StatusVocabulary.parse(StatusVocabulary.DEFAULT_ENTRIES), "UPS");
        OrderState pending = new OrderUpdate.Ledger(order, Records.ledger(ORDER, ShipmentState.PENDING, List.of(), null,
                null).toBuilder().orderDigest("d0").build()).applyTo(OrderState.EMPTY, merge);
        assertThat(pending.tracking().orderDigest()).as("an intent is not settled").isNull();

        OrderState created = new OrderUpdate.Ledger(order, Records.created(ORDER, "1Z1").toBuilder().orderDigest("d1")
                .build()).applyTo(pending, merge);
        assertThat(created.tracking().orderDigest()).isEqualTo("d1");
        OrderState scanned = new OrderUpdate.Tracking(order, Records.event("1Z1", "D", "2025-01-16T12:00:00Z"))
                .applyTo(created, merge);
        OrderState picked = new OrderUpdate.Pickup(order, "PRN 1 2025-01-15").applyTo(scanned, merge);
        assertThat(picked.tracking().orderDigest()).isEqualTo("d1");
        assertThat(picked.tracking().statusCode()).isEqualTo("D");

        // the order changed after shipping: the flag entry carries the new content's digest
        OrderState flagged = new OrderUpdate.Ledger(order, Records.ledger(ORDER, ShipmentState.CREATED, List.of("1Z1"),
                "CHANGED_AFTER_SHIPPING", "changed").toBuilder().orderDigest("d2").build()).applyTo(picked, merge);
        assertThat(flagged.tracking().orderDigest()).isEqualTo("d2");
        assertThat(flagged.tracking().pickup()).isEqualTo("PRN 1 2025-01-15");
    }
}
