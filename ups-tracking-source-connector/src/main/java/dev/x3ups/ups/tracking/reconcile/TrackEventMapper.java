package dev.x3ups.ups.tracking.reconcile;

import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingSource;
import dev.x3ups.ups.client.track.TrackActivity;
import dev.x3ups.ups.client.track.TrackedPackage;
import dev.x3ups.ups.tracking.events.UpsTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** A tracked package's activities (UPS lists newest first) as tracking events, oldest first. */
public final class TrackEventMapper {
    private TrackEventMapper() {
    }

    public static List<TrackingEvent> events(TrackedPackage pkg) {
        List<TrackingEvent> events = new ArrayList<>();
        LocalDate scheduled = UpsTimes.date(pkg.scheduledDeliveryDate());
        for (TrackActivity activity : pkg.activities()) {
            if (activity.status() == null || UpsTimes.trimmed(activity.status().type()) == null) {
                continue;
            }
            ZoneOffset offset = UpsTimes.offset(activity.gmtOffset());
            Instant at = UpsTimes.instant(activity.gmtDate(), activity.gmtTime(), ZoneOffset.UTC);
            if (at == null) {
                at = UpsTimes.instant(activity.date(), activity.time(), offset);
            }
            if (at == null) {
                continue; // a scan without any time cannot be ordered; Track lists it again next time
            }
            String type = activity.status().type().trim().toUpperCase(Locale.ROOT);
            boolean exception = TrackingEvent.isExceptionType(type);
            String description = UpsTimes.trimmed(activity.status().description());
            events.add(new TrackingEvent(pkg.trackingNumber().trim(), null, type,
                    UpsTimes.trimmed(activity.status().code()), description, at, UpsTimes.trimmed(activity.date()),
                    UpsTimes.trimmed(activity.time()), location(activity), scheduled, "D".equals(type) ? at : null,
                    exception, exception ? description : null, TrackingSource.TRACK_API));
        }
        events.sort(Comparator.comparing(TrackingEvent::activityTime));
        return events;
    }

    private static String location(TrackActivity a) {
        StringJoiner line = new StringJoiner(", ");
        for (String part : new String[] {a.city(), a.stateProvince(), a.postalCode(), a.countryCode()}) {
            String value = UpsTimes.trimmed(part);
            if (value != null) {
                line.add(value);
            }
        }
        return line.length() == 0 ? null : line.toString();
    }
}
