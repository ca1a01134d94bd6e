package dev.x3ups.ups.client.track;

/** {@code status} of an activity: type (M, P, I, O, X, D, RS...), 2-letter code, text and 3-digit simplified code. */
public record TrackStatus(String type, String code, String description, String statusCode) {
}
