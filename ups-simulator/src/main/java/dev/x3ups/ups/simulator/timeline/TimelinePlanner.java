package dev.x3ups.ups.simulator.timeline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plans a package's scans: M at label creation, P a few hours later, 2–3 I scans, O on the morning of
 * the delivery day, D in the early afternoon. A share of packages gets an exception (X); of those,
 * {@code recoveryShare} go back to transit and are delivered a day later, the rest are returned to the
 * shipper (RS). Deterministic per tracking number and seed.
 */
public final class TimelinePlanner {
    private static final EventLocation HUB = new EventLocation("Louisville", "KY", "40209", "US");

    private final long seed;
    private final double exceptionShare;
    private final double recoveryShare;

    public TimelinePlanner(long seed, double exceptionShare, double recoveryShare) {
        this.seed = seed;
        this.exceptionShare = exceptionShare;
        this.recoveryShare = recoveryShare;
    }

    public Timeline plan(String trackingNumber, Instant created, EventLocation origin, EventLocation destination,
                         int transitDays) {
        Random random = new Random(seed ^ trackingNumber.hashCode());
        List<TimelineEvent> events = new ArrayList<>();
        Instant pickup = created.plus(Duration.ofMinutes(180 + random.nextInt(240)));
        Instant deliveryDay = businessDaysAfter(pickup, Math.max(1, transitDays));
        Instant outForDelivery = deliveryDay.plus(Duration.ofMinutes(8 * 60 + random.nextInt(60)));
        add(events, created, "M", "MP", "Shipper created a label, UPS has not received the package yet.", "003", origin);
        add(events, pickup, "P", "PU", "Pickup Scan", "038", origin);
        add(events, pickup.plus(Duration.ofMinutes(90)), "I", "OR", "Origin Scan", "005", origin);
        Duration span = Duration.between(pickup, outForDelivery);
        add(events, pickup.plus(span.dividedBy(2)), "I", "AR", "Arrived at Facility", "005", HUB);
        add(events, pickup.plus(span.multipliedBy(3).dividedBy(4)), "I", "DP", "Departed from Facility", "005", HUB);
        boolean exception = random.nextDouble() < exceptionShare;
        if (!exception) {
            deliver(events, outForDelivery, destination, random);
            return new Timeline(events);
        }
        Instant attempt = outForDelivery.plus(Duration.ofMinutes(60 + random.nextInt(240)));
        add(events, outForDelivery, "O", "OT", "Out For Delivery Today", "021", destination);
        add(events, attempt, "X", "48", "The receiver was not available for delivery. We'll make a second attempt "
                + "the next business day.", "022", destination);
        if (random.nextDouble() < recoveryShare) {
            Instant nextDay = businessDaysAfter(attempt, 1).plus(Duration.ofMinutes(7 * 60 + 30));
            add(events, nextDay, "I", "YP", "Preparing for Delivery", "005", destination);
            deliver(events, nextDay.plus(Duration.ofMinutes(40)), destination, random);
        } else {
            Instant returned = businessDaysAfter(attempt, 2).plus(Duration.ofHours(10));
            add(events, returned, "RS", "RS", "Returned to shipper: the receiver could not be reached", "027", origin);
        }
        return new Timeline(events);
    }

    private static void deliver(List<TimelineEvent> events, Instant out, EventLocation destination, Random random) {
        add(events, out, "O", "OT", "Out For Delivery Today", "021", destination);
        add(events, out.plus(Duration.ofMinutes(180 + random.nextInt(240))), "D", "FS", "Delivered", "011", destination);
    }

    private static void add(List<TimelineEvent> events, Instant at, String type, String code, String description,
                            String descriptionCode, EventLocation location) {
        events.add(new TimelineEvent(events.size(), at, type, code, description, descriptionCode, location));
    }

    /** Midnight UTC of the business day {@code days} after {@code from}. */
    static Instant businessDaysAfter(Instant from, int days) {
        LocalDate d = LocalDate.ofInstant(from, ZoneOffset.UTC);
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return ZonedDateTime.of(d.atStartOfDay(), ZoneOffset.UTC).toInstant();
    }
}
