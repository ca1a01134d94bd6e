package dev.x3ups.x3.sink.intake;

import static dev.x3ups.x3.sink.testing.Records.ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.OrderKey;
import dev.x3ups.records.ShipmentState;
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
}
