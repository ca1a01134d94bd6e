package dev.x3ups.ups.tracking.ledger;

import static dev.x3ups.ups.tracking.ledger.LedgerFixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LedgerViewTest {
    private final List<String> forgotten = new ArrayList<>();
    private final LedgerView view = new LedgerView(forgotten::add);

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

    @Test
    void aRetiredOrderLeavesEveryMapAndItsPackagesAreForgotten() {
        view.apply("K1", entry("K1", ShipmentState.CREATED, SubscriptionState.ACTIVE, Instant.EPOCH, "1ZA", "1ZB")
                .toBuilder().reference("REF-1").build());
        view.apply("K2", entry("K2", ShipmentState.CREATED, SubscriptionState.ACTIVE, Instant.EPOCH, "1ZC"));
        assertThat(view.orderByReference("REF-1")).contains("K1");

        view.apply("K1", null);

        assertThat(view.shipment("1ZA")).isEmpty();
        assertThat(view.shipment("1ZB")).isEmpty();
        assertThat(view.orderByReference("REF-1")).isEmpty();
        assertThat(view.orderByReference("K1")).isEmpty();
        assertThat(forgotten).containsExactly("1ZA", "1ZB");
        assertThat(view.size()).isEqualTo(1);
        assertThat(view.references()).as("K2 by its own key only").isEqualTo(1);
    }

    @Test
    void aReshipForgetsTheReplacedPackagesAndAChangedReferenceTheOldOne() {
        view.apply("K", entry("K", ShipmentState.CREATED, SubscriptionState.ACTIVE, Instant.EPOCH, "1ZA")
                .toBuilder().reference("OLD").build());
        view.apply("K", entry("K", ShipmentState.CREATED, SubscriptionState.ACTIVE, Instant.EPOCH, "1ZB")
                .toBuilder().reference("NEW").build());

        assertThat(forgotten).containsExactly("1ZA");
        assertThat(view.orderByReference("OLD")).isEmpty();
        assertThat(view.orderByReference("NEW")).contains("K");
    }

    @Test
    void aCatchUpAcrossRetiredHistoryKeepsOnlyLiveOrders() {
        for (int i = 0; i < 1000; i++) {
            view.apply("OLD" + i, entry("OLD" + i, ShipmentState.CREATED, SubscriptionState.ACTIVE, Instant.EPOCH,
                    "1ZOLD" + i));
            view.apply("OLD" + i, null);
        }
        view.apply("LIVE", entry("LIVE", ShipmentState.CREATED, SubscriptionState.ACTIVE, Instant.EPOCH, "1ZLIVE"));

        assertThat(view.size()).isEqualTo(1);
        assertThat(view.references()).isEqualTo(1);
        assertThat(forgotten).hasSize(1000);
    }
}
