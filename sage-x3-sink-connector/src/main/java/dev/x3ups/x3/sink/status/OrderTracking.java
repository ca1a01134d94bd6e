package dev.x3ups.x3.sink.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the sink writes to X3 for one order, normalised the way X3 stores it (blank text is null,
 * times have second precision, text cut to the field lengths of the write-back class, tracking numbers
 * distinct and in package order), so a value read back from X3 compares equal to the value that was
 * written.
 */
public record OrderTracking(
        List<String> trackingNumbers,
        String carrier,
        String statusCode,
        String statusDescription,
        LocalDate scheduledDelivery,
        Instant deliveredAt,
        boolean exception,
        String exceptionCode,
        String exceptionReason,
        Instant lastEventAt,
        String pickup,
        String orderDigest) {

    /** Lengths of the documented YSHIPTRK fields; longer text would be rejected by X3 for ever. */
    static final int CODE_LENGTH = 10;
    static final int DESCRIPTION_LENGTH = 80;
    static final int REASON_LENGTH = 250;
    /** Length of the pickup write-back field (PRN, day and window). */
    static final int PICKUP_LENGTH = 80;
    /** Length of the order-digest write-back field (a SHA-256 in hex). */
    static final int DIGEST_LENGTH = 64;

    public static final OrderTracking EMPTY =
            new OrderTracking(List.of(), null, null, null, null, null, false, null, null, null, null, null);

    public OrderTracking {
        trackingNumbers = trackingNumbers == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(trackingNumbers.stream().map(OrderTracking::text)
                        .filter(t -> t != null).toList()));
        carrier = cut(carrier, CODE_LENGTH);
        statusCode = cut(statusCode, CODE_LENGTH);
        statusDescription = cut(statusDescription, DESCRIPTION_LENGTH);
        deliveredAt = seconds(deliveredAt);
        exceptionCode = cut(exceptionCode, CODE_LENGTH);
        exceptionReason = cut(exceptionReason, REASON_LENGTH);
        lastEventAt = seconds(lastEventAt);
        pickup = cut(pickup, PICKUP_LENGTH);
        orderDigest = cut(orderDigest, DIGEST_LENGTH);
    }

    /** Without the order digest (only the ledger carries one; see {@link #withOrderDigest}). */
    public OrderTracking(List<String> trackingNumbers, String carrier, String statusCode, String statusDescription,
                         LocalDate scheduledDelivery, Instant deliveredAt, boolean exception, String exceptionCode,
                         String exceptionReason, Instant lastEventAt, String pickup) {
        this(trackingNumbers, carrier, statusCode, statusDescription, scheduledDelivery, deliveredAt, exception,
                exceptionCode, exceptionReason, lastEventAt, pickup, null);
    }

    /** Without a pickup (the carrier's status and the ledger never carry one). */
    public OrderTracking(List<String> trackingNumbers, String carrier, String statusCode, String statusDescription,
                         LocalDate scheduledDelivery, Instant deliveredAt, boolean exception, String exceptionCode,
                         String exceptionReason, Instant lastEventAt) {
        this(trackingNumbers, carrier, statusCode, statusDescription, scheduledDelivery, deliveredAt, exception,
                exceptionCode, exceptionReason, lastEventAt, null, null);
    }

    /** This tracking with the UPS pickup that collects the order ({@code null}: none). */
    public OrderTracking withPickup(String text) {
        return new OrderTracking(trackingNumbers, carrier, statusCode, statusDescription, scheduledDelivery,
                deliveredAt, exception, exceptionCode, exceptionReason, lastEventAt, text, orderDigest);
    }

    /**
     * This tracking with the digest of the order content the ledger last settled ({@code null}: none); the UPS
     * sink compares it with the order's digest once the ledger entry has been retired.
     */
    public OrderTracking withOrderDigest(String digest) {
        return new OrderTracking(trackingNumbers, carrier, statusCode, statusDescription, scheduledDelivery,
                deliveredAt, exception, exceptionCode, exceptionReason, lastEventAt, pickup, digest);
    }

    /** The fields whose values differ from {@code previous}. */
    public Set<TrackedField> changesSince(OrderTracking previous) {
        Set<TrackedField> changed = EnumSet.noneOf(TrackedField.class);
        for (TrackedField field : TrackedField.values()) {
            if (!java.util.Objects.equals(field.valueOf(this), field.valueOf(previous))) {
                changed.add(field);
            }
        }
        return changed;
    }

    static Instant seconds(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }

    static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String cut(String value, int length) {
        String text = text(value);
        return text == null || text.length() <= length ? text : text.substring(0, length).strip();
    }
}
