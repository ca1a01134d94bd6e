package dev.x3ups.ups.tracking.events;

import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingSource;
import java.time.Instant;

/** Builds tracking events for tests. */
public final class TestEvents {
    public static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    private TestEvents() {
    }

    public static TrackingEvent event(String tn, String type, String code, int minutesAfterT0) {
        return event(tn, type, code, minutesAfterT0, TrackingSource.WEBHOOK);
    }

    public static TrackingEvent event(String tn, String type, String code, int minutesAfterT0, TrackingSource source) {
        return new TrackingEvent(tn, null, type, code, "desc " + type, T0.plusSeconds(60L * minutesAfterT0), null,
                null, null, null, null, "X".equals(type), null, source);
    }
}
