package dev.x3ups.ups.sink.aftership;

import dev.x3ups.ups.client.track.TrackActivity;
import dev.x3ups.ups.client.track.TrackResult;
import dev.x3ups.ups.client.track.TrackStatus;
import dev.x3ups.ups.client.track.TrackedPackage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One Track call on the shipment's first tracking number (UPS answers with every package of the shipment). Any
 * scan other than the label-created manifest (M) means UPS has the parcel; an MV scan means the shipment is
 * already voided. A number UPS does not know yet (TW0001) has not been picked up.
 */
public final class TrackPickupCheck implements PickupCheck {
    private static final Set<String> BEFORE_PICKUP = Set.of("M");
    private static final String VOIDED = "MV";
    private final Function<String, CompletableFuture<TrackResult>> track;

    /** @param track {@code TrackClient::details} */
    public TrackPickupCheck(Function<String, CompletableFuture<TrackResult>> track) {
        this.track = track;
    }

    @Override
    public CompletableFuture<PickupStatus> status(List<String> trackingNumbers) {
        if (trackingNumbers.isEmpty()) {
            return CompletableFuture.completedFuture(PickupStatus.NOT_PICKED_UP);
        }
        return track.apply(trackingNumbers.get(0)).thenApply(TrackPickupCheck::read);
    }

    static PickupStatus read(TrackResult result) {
        boolean voided = false;
        for (TrackedPackage p : result.packages()) {
            voided |= voided(p.currentStatus());
            for (TrackActivity a : p.activities()) {
                TrackStatus s = a.status();
                if (s == null || s.type() == null) {
                    continue;
                }
                if (voided(s)) {
                    voided = true;
                } else if (!BEFORE_PICKUP.contains(s.type())) {
                    return PickupStatus.PICKED_UP;
                }
            }
        }
        return voided ? PickupStatus.VOIDED : PickupStatus.NOT_PICKED_UP;
    }

    private static boolean voided(TrackStatus status) {
        return status != null && (VOIDED.equals(status.type()) || VOIDED.equals(status.code()));
    }
}
