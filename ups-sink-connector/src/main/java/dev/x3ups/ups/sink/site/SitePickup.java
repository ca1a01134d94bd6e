package dev.x3ups.ups.sink.site;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A site's pickup settings, in its own time zone.
 *
 * @param policy    how the site is picked up
 * @param cutoff    shipments created at or after this local time go on the next business day's pickup
 * @param bookAt    when an on-call pickup is booked (before {@code cutoff})
 * @param readyTime start of the on-call pickup window (packages ready)
 * @param closeTime end of the on-call pickup window (site closes)
 * @param rateFirst rate the on-call pickup before booking it (UPS's recommended flow; the charge is recorded)
 */
public record SitePickup(PickupPolicy policy, LocalTime cutoff, LocalTime bookAt, LocalTime readyTime,
                         LocalTime closeTime, boolean rateFirst) {
    public static final SitePickup NONE = new SitePickup(PickupPolicy.NONE, LocalTime.of(17, 0), LocalTime.of(15, 0),
            LocalTime.of(15, 0), LocalTime.of(18, 0), false);

    public SitePickup {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(cutoff, "cutoff");
        Objects.requireNonNull(bookAt, "bookAt");
        Objects.requireNonNull(readyTime, "readyTime");
        Objects.requireNonNull(closeTime, "closeTime");
    }
}
