package dev.x3ups.benchmarks.load;

import dev.x3ups.benchmarks.load.TrackAlertEvents.Scan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A ground parcel's life as Track Alert reports it, shipped to delivered: label created, picked up, four
 * in-transit scans, out for delivery, delivered. Track Alert reports the pickup and out-for-delivery scans as type
 * {@code I} (with codes {@code PU} and {@code OT}), as UPS does and the UPS simulator's timelines do.
 */
public final class ParcelJourney {

    /** One step: the scan and how long after the label it happens. */
    public record Step(String name, Scan scan, Duration afterLabel) {
    }

    public static final List<Step> STEPS = List.of(
            new Step("label created", new Scan("M", "MP", "Shipper created a label, UPS has not received the package "
                    + "yet.", "003", "ATLANTA", "GA", "30336"), Duration.ZERO),
            new Step("picked up", new Scan("I", "PU", "Pickup Scan", "038", "ATLANTA", "GA", "30336"),
                    Duration.ofHours(4)),
            new Step("origin scan", new Scan("I", "OR", "Origin Scan", "005", "ATLANTA", "GA", "30336"),
                    Duration.ofHours(5).plusMinutes(30)),
            new Step("departed hub", new Scan("I", "DP", "Departed from Facility", "005", "ATLANTA", "GA", "30336"),
                    Duration.ofHours(9)),
            new Step("arrived hub", new Scan("I", "AR", "Arrived at Facility", "005", "LOUISVILLE", "KY", "40213"),
                    Duration.ofHours(20)),
            new Step("arrived destination", new Scan("I", "AR", "Arrived at Facility", "005", "CHICAGO", "IL",
                    "60638"), Duration.ofHours(40)),
            new Step("out for delivery", new Scan("I", "OT", "Out For Delivery Today", "021", "CHICAGO", "IL",
                    "60638"), Duration.ofHours(56)),
            new Step("delivered", new Scan("D", "FS", "Delivered", "011", "CHICAGO", "IL", "60601"),
                    Duration.ofHours(60)));

    private ParcelJourney() {
    }

    /** The Track Alert body of step {@code step} for a package labelled at {@code labelled}. */
    public static String event(String trackingNumber, Instant labelled, Step step) {
        return TrackAlertEvents.scan(trackingNumber, labelled.plus(step.afterLabel()), step.scan());
    }

    /** In-transit scans of the journey (type I, neither pickup nor out for delivery). */
    public static long inTransitScans() {
        return STEPS.stream().filter(s -> "I".equals(s.scan().type()) && !"PU".equals(s.scan().code())
                && !"OT".equals(s.scan().code())).count();
    }
}
