package dev.x3ups.ups.client.pickup;

/**
 * What a cancel by PRN did. {@link Result#ALREADY_CANCELLED} counts as success (asking twice is harmless);
 * {@link Result#TOO_LATE} means UPS refused because the driver is already dispatched or the pickup is done.
 */
public record PickupCancellation(String prn, Result result, String message) {

    public enum Result {
        CANCELLED, ALREADY_CANCELLED, TOO_LATE
    }

    public boolean cancelled() {
        return result != Result.TOO_LATE;
    }
}
