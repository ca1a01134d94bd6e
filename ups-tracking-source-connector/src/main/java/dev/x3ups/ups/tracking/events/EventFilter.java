package dev.x3ups.ups.tracking.events;

import dev.x3ups.records.TrackingEvent;

/** Dedupe window first (cheap exact repeats), then the package's progress (order and no regression). */
public final class EventFilter {
    private final DedupeWindow window;
    private final ShipmentProgress progress;

    public EventFilter(DedupeWindow window, ShipmentProgress progress) {
        this.window = window;
        this.progress = progress;
    }

    public Verdict decide(TrackingEvent event) {
        if (!window.firstTime(EventKey.of(event))) {
            return Verdict.DUPLICATE;
        }
        return progress.advance(event);
    }

    public ShipmentProgress progress() {
        return progress;
    }
}
