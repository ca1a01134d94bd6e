package dev.x3ups.ups.tracking;

import dev.x3ups.ups.tracking.events.PackageStatus;
import dev.x3ups.ups.tracking.events.ShipmentProgress;
import dev.x3ups.ups.tracking.events.TrackingOffsets;
import dev.x3ups.ups.tracking.ledger.LedgerShipment;
import dev.x3ups.ups.tracking.ledger.LedgerView;
import dev.x3ups.ups.tracking.reconcile.PackageWatch;
import dev.x3ups.ups.tracking.reconcile.QuantumViewPoller;
import dev.x3ups.ups.tracking.reconcile.TrackPoller;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/**
 * On start, reads back what the task wrote before: the status of every package the ledger knows (so nothing
 * already emitted goes out again) and the reconcilers' positions.
 */
final class OffsetSeed {
    record Positions(String trackCursor, Instant quantumView, String quantumViewBookmark) {
    }

    private OffsetSeed() {
    }

    static Positions seed(OffsetStorageReader reader, LedgerView ledger, ShipmentProgress progress,
                          PackageWatch watch) {
        if (reader == null) {
            return new Positions(null, null, null);
        }
        List<Map<String, Object>> partitions = new ArrayList<>();
        for (LedgerShipment shipment : ledger.liveShipments()) {
            partitions.add(TrackingOffsets.packagePartition(shipment.trackingNumber()));
        }
        Map<String, Object> track = TrackingOffsets.reconcilerPartition(TrackPoller.NAME);
        Map<String, Object> quantumView = TrackingOffsets.reconcilerPartition(QuantumViewPoller.NAME);
        partitions.add(track);
        partitions.add(quantumView);
        Map<Map<String, Object>, Map<String, Object>> offsets = reader.offsets(partitions);
        offsets.forEach((partition, offset) -> {
            PackageStatus status = TrackingOffsets.status(offset);
            String tn = TrackingOffsets.trackingNumber(offset);
            if (status != null && tn != null) {
                progress.seed(tn, status);
                watch.seed(tn, status.isFinal());
            }
        });
        return new Positions(TrackPoller.cursorOf(offsets.get(track)),
                QuantumViewPoller.lastPollOf(offsets.get(quantumView)),
                QuantumViewPoller.bookmarkOf(offsets.get(quantumView)));
    }

    static OffsetStorageReader readerOf(SourceTaskContext context) {
        return context == null ? null : context.offsetStorageReader();
    }
}
