package dev.x3ups.ups.client.pickup;

import java.util.Locale;

/** The state of a pending pickup as pending status reports it (its 3-digit codes, or their words). */
public enum PickupStatus {
    RECEIVED("001", "received"),
    DISPATCHED("002", "dispatched"),
    COMPLETED("003", "successfully completed"),
    UNSUCCESSFUL("004", "unsuccessfully"),
    MISSED("005", "missed"),
    CANCELLED("007", "cancel"),
    INVALID("008", "invalid"),
    PROCESSING("012", "being processed"),
    UNKNOWN("", "");

    private final String code;
    private final String words;

    PickupStatus(String code, String words) {
        this.code = code;
        this.words = words;
    }

    public String code() {
        return code;
    }

    /** A pickup that will still come (or is coming): not cancelled, completed or failed. */
    public boolean active() {
        return this == RECEIVED || this == DISPATCHED || this == MISSED || this == PROCESSING || this == UNKNOWN;
    }

    /** From a code ({@code "002"}), a message starting with one, or a message in words. */
    static PickupStatus of(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        String trimmed = text.trim();
        for (PickupStatus status : values()) {
            if (status != UNKNOWN && trimmed.startsWith(status.code)) {
                return status;
            }
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        // "unsuccessfully completed" before "successfully completed"
        for (PickupStatus status : new PickupStatus[] {UNSUCCESSFUL, COMPLETED, CANCELLED, DISPATCHED, RECEIVED,
                MISSED, PROCESSING, INVALID}) {
            if (lower.contains(status.words)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
