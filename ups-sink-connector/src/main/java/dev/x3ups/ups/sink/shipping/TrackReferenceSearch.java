package dev.x3ups.ups.sink.shipping;

import dev.x3ups.ups.client.track.TrackClient;
import dev.x3ups.ups.client.track.TrackStatus;
import dev.x3ups.ups.client.track.TrackedPackage;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Track by reference over UPS's default pickup window (the last 14 days). Voided packages (status {@code MV})
 * are left out: they are no longer duplicates.
 */
public final class TrackReferenceSearch implements ReferenceSearch {
    static final String VOIDED = "MV";
    private final TrackClient track;

    public TrackReferenceSearch(TrackClient track) {
        this.track = track;
    }

    @Override
    public CompletableFuture<List<String>> trackingNumbers(String reference, String shipperNumber) {
        return track.byReference(reference, shipperNumber, null, null)
                .thenApply(result -> result.packages().stream()
                        .filter(p -> !voided(p.currentStatus()))
                        .map(TrackedPackage::trackingNumber)
                        .distinct()
                        .toList());
    }

    static boolean voided(TrackStatus status) {
        return status != null && (VOIDED.equals(status.type()) || VOIDED.equals(status.code()));
    }
}
