package dev.x3ups.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerWatchTest {

    private static ShipmentLedgerEntry entry(String key, ShipmentState state, SubscriptionState subscription) {
        return ShipmentLedgerEntry.builder().orderKey(key).state(state).orderRevision(Instant.EPOCH).reference(key)
                .trackingNumbers(state == ShipmentState.CREATED ? List.of("1Z1") : List.of()).serviceCode("03")
                .subscriptionState(subscription).updatedAt(Instant.EPOCH).build();
    }

    @Test
    void notesWhenEachOrderWasFirstSeenFinalAndItsLatestState() {
        LedgerWatch watch = new LedgerWatch();
        watch.accept(entry("A", ShipmentState.PENDING, SubscriptionState.NONE), 10);
        watch.accept(entry("A", ShipmentState.CREATED, SubscriptionState.NONE), 20);
        watch.accept(entry("B", ShipmentState.FAILED, SubscriptionState.NONE), 25);
        watch.accept(entry("A", ShipmentState.CREATED, SubscriptionState.ACTIVE), 30);

        assertThat(watch.finalCount()).isEqualTo(2);
        assertThat(watch.finalTimes()).containsEntry("A", 20L).containsEntry("B", 25L);
        assertThat(watch.createdCount()).isEqualTo(1);
        assertThat(watch.subscribedCount()).isEqualTo(1);
        assertThat(watch.entries().get("A").subscription()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(watch.entries().get("A").trackingNumber()).isEqualTo("1Z1");
        assertThat(watch.entries().get("B").trackingNumber()).isNull();
        watch.close();
    }
}
