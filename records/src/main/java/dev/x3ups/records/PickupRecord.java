package dev.x3ups.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One site's pickup of one business day on {@code ups.pickups} (compacted, key {@link #key()} =
 * {@code site:date}): the UPS sink's idempotency record for booking it exactly once, and what the X3 sink writes
 * back on the orders it collects.
 *
 * @param site           X3 site code
 * @param date           the site-local business day of the pickup
 * @param kind           on-call request or Smart Pickup trigger
 * @param state          where the booking stands
 * @param reference      our reference sent with the request, by which an ambiguous booking is found again
 * @param prn            UPS's pickup request number, null until BOOKED
 * @param readyTime      start of the pickup window, site-local; null for a Smart trigger
 * @param closeTime      end of the pickup window, site-local; null for a Smart trigger
 * @param pieces         the day's packages per service, destination and container (what was declared to UPS)
 * @param totalWeightKg  the day's packages' weight in kilograms, null when unknown
 * @param overweight     whether any package is over 32 kg (70 lb)
 * @param orderKeys      the orders whose shipments this pickup collects
 * @param charge         UPS's rated charge for the pickup, null when not rated
 * @param failureCode    UPS's error code when FAILED (or when a cancellation was refused), else null
 * @param failureMessage UPS's reason, else null
 * @param updatedAt      when this record was written
 */
public record PickupRecord(
        String site,
        LocalDate date,
        PickupKind kind,
        PickupState state,
        String reference,
        String prn,
        LocalTime readyTime,
        LocalTime closeTime,
        List<PickupPiece> pieces,
        BigDecimal totalWeightKg,
        boolean overweight,
        List<String> orderKeys,
        Money charge,
        String failureCode,
        String failureMessage,
        Instant updatedAt) {

    public PickupRecord {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        pieces = pieces == null ? List.of() : List.copyOf(pieces);
        orderKeys = orderKeys == null ? List.of() : List.copyOf(orderKeys);
    }

    /** The record key of a site's day: {@code site:yyyy-MM-dd}. */
    public static String key(String site, LocalDate date) {
        return site + ":" + date;
    }

    public String key() {
        return key(site, date);
    }

    /** Packages declared, over every piece. */
    public int packageCount() {
        return pieces.stream().mapToInt(PickupPiece::quantity).sum();
    }

    /** This record moved to {@code next} with the given outcome fields. */
    public PickupRecord with(PickupState next, String nextPrn, Money nextCharge, String code, String message,
                             Instant at) {
        return new PickupRecord(site, date, kind, next, reference, nextPrn, readyTime, closeTime, pieces,
                totalWeightKg, overweight, orderKeys, nextCharge, code, message, at);
    }
}
