package dev.x3ups.x3.sink.write;

/**
 * How one order's coalesced write ended.
 *
 * @param kind    what happened
 * @param message X3's message for {@code REJECTED} and {@code RETRY}, else null
 */
public record Outcome(Kind kind, String message) {

    public enum Kind {
        /** X3 now holds the new state. */
        WRITTEN,
        /** X3 already held it; nothing was sent. */
        UNCHANGED,
        /** X3 refused the write for good (unknown order, rejected field): report the records. */
        REJECTED,
        /** X3 kept failing transiently: hand the batch back to Connect. */
        RETRY,
        /** X3 refused the credentials: no record can be written until the configuration is fixed. */
        UNAUTHORIZED
    }

    public static final Outcome WRITTEN = new Outcome(Kind.WRITTEN, null);
    public static final Outcome UNCHANGED = new Outcome(Kind.UNCHANGED, null);

    public static Outcome rejected(String message) {
        return new Outcome(Kind.REJECTED, message);
    }

    public static Outcome retry(String message) {
        return new Outcome(Kind.RETRY, message);
    }

    public static Outcome unauthorized(String message) {
        return new Outcome(Kind.UNAUTHORIZED, message);
    }
}
