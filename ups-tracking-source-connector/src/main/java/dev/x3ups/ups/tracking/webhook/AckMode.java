package dev.x3ups.ups.tracking.webhook;

import java.util.Locale;

/** When a webhook gets its 200. */
public enum AckMode {
    /** After Kafka acknowledged the event's record: nothing answered 200 is lost by a crash. */
    COMMITTED,
    /** Once queued in memory: fastest, but a crash loses queued events (reconciliation catches them later). */
    RECEIVED;

    public static AckMode parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
