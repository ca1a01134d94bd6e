package dev.x3ups.benchmarks.load;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Track Alert {@code TrackingEventRequest} bodies as UPS posts them ("" for empty fields, local and GMT date and
 * time). Event {@code i} goes to package {@code i mod n} with a time one minute after that package's previous
 * event, so every event is new (not a duplicate) and in order for its package even when sent concurrently.
 */
public final class TrackAlertEvents {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC);

    private final List<String> trackingNumbers;
    private final Instant base;

    public TrackAlertEvents(List<String> trackingNumbers, Instant base) {
        if (trackingNumbers.isEmpty()) {
            throw new IllegalArgumentException("no tracking numbers");
        }
        this.trackingNumbers = List.copyOf(trackingNumbers);
        this.base = base;
    }

    public String trackingNumber(long i) {
        return trackingNumbers.get((int) (i % trackingNumbers.size()));
    }

    public Instant time(long i) {
        return base.plusSeconds(60 * (i / trackingNumbers.size()));
    }

    /** The i-th event: an in-transit arrival scan. */
    public String body(long i) {
        return arrivalScan(trackingNumber(i), time(i));
    }

    /** An in-transit arrival scan of one package at {@code at} (UTC). */
    public static String arrivalScan(String trackingNumber, Instant at) {
        return scan(trackingNumber, at, new Scan("I", "AR", "Arrived at Facility", "005", "LOUISVILLE", "KY", "40213"));
    }

    /** What a scan reports: its status and where it happened (US). */
    public record Scan(String type, String code, String description, String descriptionCode, String city,
                       String stateProvince, String postalCode) {

        boolean delivered() {
            return "D".equals(type);
        }
    }

    /** One package's scan at {@code at} (UTC); a delivery carries its actual delivery date and time. */
    public static String scan(String trackingNumber, Instant at, Scan scan) {
        String date = DATE.format(at);
        String time = TIME.format(at);
        return "{\"trackingNumber\":\"" + trackingNumber + "\","
                + "\"localActivityDate\":\"" + date + "\",\"localActivityTime\":\"" + time + "\","
                + "\"gmtActivityDate\":\"" + date + "\",\"gmtActivityTime\":\"" + time + "\",\"gmtOffset\":\"+00.00\","
                + "\"activityLocation\":{\"city\":\"" + scan.city() + "\",\"stateProvince\":\"" + scan.stateProvince()
                + "\",\"postalCode\":\"" + scan.postalCode() + "\",\"country\":\"US\"},"
                + "\"activityStatus\":{\"type\":\"" + scan.type() + "\",\"code\":\"" + scan.code()
                + "\",\"description\":\"" + scan.description() + "\",\"descriptionCode\":\"" + scan.descriptionCode()
                + "\"},"
                + "\"scheduledDeliveryDate\":\"\",\"actualDeliveryDate\":\"" + (scan.delivered() ? date : "")
                + "\",\"actualDeliveryTime\":\"" + (scan.delivered() ? time : "") + "\","
                + "\"deliveryStartTime\":\"\",\"deliveryEndTime\":\"\",\"deliveryTimeDescription\":\"end of day\","
                + "\"deliveryPhoto\":\"\",\"alternateTrackingNumber\":\"\",\"receivedBy\":\"" + (scan.delivered()
                ? "FRONT DOOR" : "") + "\"}";
    }

    /**
     * A UPS-shaped tracking number: {@code 1Z} + account (6) + service (2) + 7-digit sequence + check digit
     * (UPS mod-10 over the 15 characters after 1Z).
     */
    public static String trackingNumber(String account, String service, int sequence) {
        String body = account + service + String.format("%07d", sequence);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : (c - 63) % 10;
            sum += i % 2 == 1 ? 2 * v : v;
        }
        return "1Z" + body + (10 - sum % 10) % 10;
    }
}
