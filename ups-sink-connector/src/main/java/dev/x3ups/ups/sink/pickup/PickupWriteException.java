package dev.x3ups.ups.sink.pickup;

/** A pickup record could not be written to {@code ups.pickups}: nothing is asked of UPS until it can be. */
final class PickupWriteException extends RuntimeException {
    PickupWriteException(String key, Throwable cause) {
        super("could not write pickup " + key + " to the pickups topic: " + cause.getMessage(), cause);
    }
}
