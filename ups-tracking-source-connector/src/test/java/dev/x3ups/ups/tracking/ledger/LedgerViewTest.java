package dev.x3ups.ups.tracking.ledger;

import static dev.x3ups.ups.tracking.ledger.LedgerFixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LedgerViewTest {
    private final LedgerView view = new LedgerView();

    @Test
    void mapsTrackingNumbersAndReferencesToOrders() {
        view.apply("SEED:SALES:1", entry("SEED:SALES:1", ShipmentState.CREATED, SubscriptionState.ACTIVE,
                Instant.EPOCH, "1ZA", " 1ZB "));
        assertThat(view.shipment("1ZA")).get().extracting(LedgerShipment::orderKey).isEqualTo("SEED:SALES:1");
        assertThat(view.shipment("1ZB")).isPresent();
        assertThat(view.orderByReference("SEED:SALES:1")).contains("SEED:SALES:1");
        assertThat(view.orderByReference("nope")).isEmpty();
        assertThat(view.liveShipments()).hasSize(2);
    }

    @Test
    void aNewerEntryReplacesTheOrdersPackagesAndATombstoneRemovesThem() {
        view.apply("K", entry("K", ShipmentState.CREATED, SubscriptionState.NONE, Instant.EPOCH, "1ZA"));
        view.apply("K", entry("K", ShipmentState.VOIDED, SubscriptionState.NONE, Instant.EPOCH, "1ZB"));
        assertThat(view.shipment("1ZA")).isEmpty();
        assertThat(view.shipment("1ZB")).get().satisfies(s -> assertThat(s.live()).isFalse());
        assertThat(view.liveShipments()).isEmpty();
        view.apply("K", null);
        assertThat(view.size()).isZero();
        assertThat(view.orderByReference("K")).isEmpty();
    }

    @Test
    void knowsWhenTrackAlertIsUnavailable() {
        view.apply("K1", entry("K1", ShipmentState.CREATED, SubscriptionState.ACTIVE, Instant.EPOCH, "1ZA"));
        assertThat(view.anyTrackAlertUnavailable()).isFalse();
        view.apply("K2", entry("K2", ShipmentState.CREATED, SubscriptionState.UNAVAILABLE, Instant.EPOCH, "1ZB"));
        assertThat(view.anyTrackAlertUnavailable()).isTrue();
    }

    @Test
    void signalsWhenCaughtUp() throws Exception {
        assertThat(view.awaitCaughtUp(1, TimeUnit.MILLISECONDS)).isFalse();
        view.markCaughtUp();
        assertThat(view.awaitCaughtUp(1, TimeUnit.MILLISECONDS)).isTrue();
    }
}
