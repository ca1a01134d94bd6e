package dev.x3ups.ups.client.track;

/** One scan. Dates are {@code yyyyMMdd}, times {@code HHmmss}, as UPS sends them. */
public record TrackActivity(String date, String time, String gmtDate, String gmtTime, String gmtOffset,
                            String city, String stateProvince, String postalCode, String countryCode,
                            TrackStatus status) {
}
