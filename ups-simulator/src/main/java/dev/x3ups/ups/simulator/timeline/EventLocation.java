package dev.x3ups.ups.simulator.timeline;

/** Where a scan happened. */
public record EventLocation(String city, String stateProvince, String postalCode, String countryCode) {
}
