package dev.x3ups.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A UPS status event for one package, as it travels on {@code ups.tracking} (key = tracking number).
 *
 * @param trackingNumber    1Z… tracking number
 * @param orderKey          the order it belongs to, null only when UPS sent an unknown tracking number
 * @param statusType        UPS status type (M manifest, P pickup, I in transit, O out for delivery,
 *                          D delivered, X exception, ...)
 * @param statusCode        UPS status code
 * @param statusDescription UPS status description
 * @param activityTime      activity time in GMT
 * @param localActivityDate local date as UPS reported it (yyyyMMdd), may be null
 * @param localActivityTime local time as UPS reported it (HHmmss), may be null
 * @param location          city, state and country as one line, may be null
 * @param scheduledDelivery scheduled delivery date, may be null
 * @param actualDelivery    actual delivery time, null unless delivered
 * @param exception         whether the event needs attention: see {@link #isExceptionType(String)}
 * @param exceptionReason   UPS's reason for an exception, else null
 * @param source            how it reached us
 */
public record TrackingEvent(
        String trackingNumber,
        String orderKey,
        String statusType,
        String statusCode,
        String statusDescription,
        Instant activityTime,
        String localActivityDate,
        String localActivityTime,
        String location,
        LocalDate scheduledDelivery,
        Instant actualDelivery,
        boolean exception,
        String exceptionReason,
        TrackingSource source) {

    public TrackingEvent {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(statusType, "statusType");
        Objects.requireNonNull(activityTime, "activityTime");
        Objects.requireNonNull(source, "source");
    }

    /** Whether a status type flags the order: {@link UpsStatus#isException}. */
    public static boolean isExceptionType(String statusType) {
        return UpsStatus.isException(statusType);
    }
}
