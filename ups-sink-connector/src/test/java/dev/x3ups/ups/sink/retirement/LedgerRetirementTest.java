package dev.x3ups.ups.sink.retirement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.support.MemoryLedgerLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerRetirementTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(30);
    private final MemoryLedgerLog log = new MemoryLedgerLog();
    private final ShipmentLedger ledger = new ShipmentLedger(log);
    private final SinkMetrics metrics = new SinkMetrics();

    private LedgerRetirement retirement(java.util.function.Predicate<String> owned) {
        return new LedgerRetirement(ledger, new Finality(RETENTION, Duration.ofDays(60)), owned, metrics,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void write(String key, ShipmentState state, Instant updatedAt) {
        ledger.write(ShipmentLedgerEntry.builder().orderKey(key).state(state).updatedAt(updatedAt)
                .shipmentId(state == ShipmentState.CREATED ? "1Z" + key : null)
                .trackingNumbers(state == ShipmentState.CREATED ? List.of("1Z" + key) : List.of()).build()).join();
    }

    @Test
    void ordersFinalForLongerThanTheRetentionAreTombstonedAndDropped() {
        Instant old = NOW.minus(RETENTION).minusSeconds(1);
        write("SO-FAILED", ShipmentState.FAILED, old);
        write("SO-VOIDED", ShipmentState.VOIDED, old);
        write("SO-RECENT", ShipmentState.FAILED, NOW.minus(Duration.ofDays(1)));
        write("SO-PENDING", ShipmentState.PENDING, old.minus(Duration.ofDays(365)));
        write("SO-SHIPPED", ShipmentState.CREATED, old); // no delivery seen: final only at the renewal max age

        int retired = retirement(key -> true).retireDue().join();

        assertThat(retired).isEqualTo(2);
        assertThat(log.tombstoned()).containsExactlyInAnyOrder("SO-FAILED", "SO-VOIDED");
        assertThat(ledger.entries()).extracting(ShipmentLedgerEntry::orderKey)
                .containsExactlyInAnyOrder("SO-RECENT", "SO-PENDING", "SO-SHIPPED");
        assertThat(metrics.ordersRetiredTotal()).isEqualTo(2);
    }

    @Test
    void onlyTheOrdersThisTaskOwnsAreRetiredByIt() {
        Instant old = NOW.minus(RETENTION).minusSeconds(1);
        write("SO-MINE", ShipmentState.FAILED, old);
        write("SO-OTHER", ShipmentState.FAILED, old);

        retirement("SO-MINE"::equals).retireDue().join();

        assertThat(log.tombstoned()).containsExactly("SO-MINE");
        assertThat(ledger.get("SO-OTHER")).isPresent();
    }

    @Test
    void aFailedTombstoneLeavesTheEntryForTheNextRun() {
        write("SO1", ShipmentState.FAILED, NOW.minus(RETENTION).minusSeconds(1));
        log.failWith(new IllegalStateException("broker down"));
        LedgerRetirement retirement = retirement(key -> true);

        assertThat(retirement.retireDue().join()).isZero();
        assertThat(ledger.get("SO1")).isPresent();

        log.failWith(null);
        assertThat(retirement.retireDue().join()).isEqualTo(1);
        assertThat(ledger.get("SO1")).isEmpty();
    }
}
