package dev.x3ups.ups.client.quantumview;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Which events to fetch: a subscription name and either nothing (unread files, which UPS then marks read)
 * or a date-time range (at most 7 days into the past; UPS defaults an open end to begin + 7 days).
 */
public record QuantumViewQuery(String subscriptionName, LocalDateTime begin, LocalDateTime end) {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    public QuantumViewQuery {
        Objects.requireNonNull(subscriptionName, "subscriptionName");
        if (subscriptionName.length() > 21) {
            throw new IllegalArgumentException("UPS subscription names have at most 21 characters");
        }
        if (begin == null && end != null) {
            throw new IllegalArgumentException("a range needs a begin");
        }
    }

    public static QuantumViewQuery unread(String subscriptionName) {
        return new QuantumViewQuery(subscriptionName, null, null);
    }

    public static QuantumViewQuery between(String subscriptionName, LocalDateTime begin, LocalDateTime end) {
        return new QuantumViewQuery(subscriptionName, begin, end);
    }
}
