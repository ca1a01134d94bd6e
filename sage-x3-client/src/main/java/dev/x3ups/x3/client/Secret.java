package dev.x3ups.x3.client;

import java.util.Objects;

/**
 * A password, client secret or token. Its {@code toString()} never shows the value, so a secret can
 * sit in config objects that get logged.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    /** Null-safe: null or empty text gives null. */
    public static Secret ofNullable(String value) {
        return value == null || value.isEmpty() ? null : new Secret(value);
    }

    /** The clear value; only for putting on the wire. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "[hidden]";
    }
}
