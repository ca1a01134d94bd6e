package dev.x3ups.ups.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.ups.tracking.events.PackageStatus;
import dev.x3ups.ups.tracking.events.ShipmentProgress;
import dev.x3ups.ups.tracking.events.TrackingOffsets;
import dev.x3ups.ups.tracking.ledger.LedgerFixtures;
import dev.x3ups.ups.tracking.ledger.LedgerView;
import dev.x3ups.ups.tracking.reconcile.PackageWatch;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.junit.jupiter.api.Test;

class OffsetSeedTest {

    @Test
    void restoresPackageStatusesAndReconcilerPositions() {
        LedgerView ledger = new LedgerView();
        ledger.apply("K1", LedgerFixtures.entry("K1", ShipmentState.CREATED, SubscriptionState.ACTIVE, Instant.EPOCH,
                "1ZA", "1ZB"));
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        Map<Map<String, Object>, Map<String, Object>> stored = new HashMap<>();
        stored.put(TrackingOffsets.packagePartition("1ZA"),
                TrackingOffsets.offset("1ZA", new PackageStatus(t, "D", "FS", 5), null));
        stored.put(TrackingOffsets.reconcilerPartition("track"),
                TrackingOffsets.offset("1ZB", new PackageStatus(t, "I", "OR", 3), Map.of("cursor", "1ZB")));
        stored.put(TrackingOffsets.reconcilerPartition("quantum-view"),
                TrackingOffsets.offset("1ZB", new PackageStatus(t, "I", "OR", 3),
                        Map.of("polledAt", t.toEpochMilli(), "bookmark", "Qk0=")));
        OffsetStorageReader reader = new OffsetStorageReader() {
            @Override
            public <T> Map<String, Object> offset(Map<String, T> partition) {
                return stored.get(partition);
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
                Map<Map<String, T>, Map<String, Object>> out = new HashMap<>();
                for (Map<String, T> p : partitions) {
                    out.put(p, stored.get((Map<String, Object>) p));
                }
                return out;
            }
        };
        ShipmentProgress progress = new ShipmentProgress(100);
        PackageWatch watch = new PackageWatch(Clock.systemUTC());

        OffsetSeed.Positions positions = OffsetSeed.seed(reader, ledger, progress, watch);

        assertThat(progress.status("1ZA")).get().extracting(PackageStatus::statusType).isEqualTo("D");
        assertThat(progress.status("1ZB")).get().extracting(PackageStatus::statusCode).isEqualTo("OR");
        assertThat(watch.isFinal("1ZA")).isTrue();
        assertThat(watch.isFinal("1ZB")).isFalse();
        assertThat(positions.trackCursor()).isEqualTo("1ZB");
        assertThat(positions.quantumView()).isEqualTo(t);
        assertThat(positions.quantumViewBookmark()).isEqualTo("Qk0=");
        assertThat(OffsetSeed.seed(null, ledger, progress, watch).trackCursor()).isNull();
    }
}
