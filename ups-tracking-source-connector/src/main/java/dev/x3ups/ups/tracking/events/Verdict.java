package dev.x3ups.ups.tracking.events;

/** What the filter decided about an event. */
public enum Verdict {
    /** New and not behind the package's status: emit it. */
    ACCEPTED,
    /** The same scan again (UPS duplicate, late photo, or another channel reporting it): dropped. */
    DUPLICATE,
    /** Older than what the package already reached: dropped so the status never moves backwards. */
    SUPERSEDED
}
