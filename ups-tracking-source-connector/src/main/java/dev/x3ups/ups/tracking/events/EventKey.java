package dev.x3ups.ups.tracking.events;

import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.UpsStatus;
import java.time.Instant;

/**
 * What makes two events the same scan (docs/architecture.md, "UPS facts: Track Alert"): tracking number, status type, code and GMT time.
 * UPS has no event id. The type is taken as its Track Alert family (see {@link UpsStatus#family}).
 */
public record EventKey(String trackingNumber, String typeFamily, String code, Instant gmt) {

    public static EventKey of(TrackingEvent event) {
        String code = event.statusCode() == null ? "" : event.statusCode();
        return new EventKey(event.trackingNumber(), UpsStatus.family(event.statusType()), code, event.activityTime());
    }
}
