package dev.x3ups.x3.sink.write;

import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.UpsStatus;
import dev.x3ups.x3.sink.intake.OrderUpdate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which carrier events are worth an X3 write of their own (setting {@code x3.milestones}). An event that is
 * no milestone (an in-transit scan, by default) waits for the next write of its order and goes with it:
 * the status then shown already folds it in. Ledger entries, pickups and carrier exceptions always write.
 */
public final class Milestones {

    /** The steps of a parcel's journey, named after the UPS status types they stand for. */
    public enum Milestone {
        /**
         * The shipment's CREATED ledger entry, which always writes. UPS's own M (label created, manifest) is this
         * milestone again and adds nothing X3 does not show: it goes with the next write.
         */
        CREATED,
        /** P, or an I scan with the pickup code PU (how Track Alert reports the pickup scan). */
        PICKED_UP,
        /** I, W, DO, DD: in transit, warehouse, freight scans. */
        IN_TRANSIT,
        /** O, or an I scan with an out-for-delivery code (OT, OD, RO). */
        OUT_FOR_DELIVERY,
        /** D. */
        DELIVERED,
        /** X: always written. */
        EXCEPTION,
        /** RS: returned to the shipper. */
        RETURNED,
        /** MV: the shipment was voided. */
        VOIDED,
        /** Every other type (U updated delivery date, NA…). */
        OTHER
    }

    public static final String ALL = "ALL";
    /** Out for delivery is left out: it comes hours before delivered, which replaces it (docs/architecture.md). */
    public static final List<String> DEFAULT = List.of("CREATED", "PICKED_UP", "DELIVERED",
            "EXCEPTION", "RETURNED", "VOIDED");
    public static final Milestones EVERY_EVENT = new Milestones(EnumSet.allOf(Milestone.class));

    private static final Set<String> OUT_FOR_DELIVERY_CODES = Set.of("OT", "OD", "RO");
    private static final String PICKUP_CODE = "PU";

    private final Set<Milestone> written;
    private final boolean everyEvent;

    Milestones(Set<Milestone> written) {
        this.written = written.isEmpty() ? EnumSet.noneOf(Milestone.class) : EnumSet.copyOf(written);
        this.everyEvent = this.written.size() == Milestone.values().length;
    }

    /** Parses milestone names ({@code ALL}: every event); the message names the unknown one and the valid ones. */
    public static Milestones parse(List<String> names) {
        Set<Milestone> written = EnumSet.noneOf(Milestone.class);
        for (String name : names) {
            String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
            if (n.isEmpty()) {
                continue;
            }
            if (n.equals(ALL)) {
                return EVERY_EVENT;
            }
            try {
                written.add(Milestone.valueOf(n));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown milestone '" + name.strip() + "'; use " + ALL
                        + " or some of " + Arrays.stream(Milestone.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")));
            }
        }
        return new Milestones(written);
    }

    /** Whether {@code update} is worth a write by itself. */
    public boolean writes(OrderUpdate update) {
        if (!(update instanceof OrderUpdate.Tracking tracking)) {
            return true; // ledger states and pickups
        }
        TrackingEvent event = tracking.event();
        if (everyEvent || event.exception() || TrackingEvent.isExceptionType(event.statusType())) {
            return true;
        }
        Milestone milestone = of(event);
        return milestone != Milestone.CREATED && written.contains(milestone);
    }

    /** Whether any of {@code updates} is worth a write. */
    public boolean anyWrites(List<OrderUpdate> updates) {
        return updates.stream().anyMatch(this::writes);
    }

    static Milestone of(TrackingEvent event) {
        String type = UpsStatus.normalize(event.statusType());
        String code = event.statusCode() == null ? "" : event.statusCode().strip().toUpperCase(Locale.ROOT);
        return switch (type) {
            case "M" -> Milestone.CREATED;
            case "P" -> Milestone.PICKED_UP;
            case "I" -> OUT_FOR_DELIVERY_CODES.contains(code) ? Milestone.OUT_FOR_DELIVERY
                    : PICKUP_CODE.equals(code) ? Milestone.PICKED_UP : Milestone.IN_TRANSIT;
            case "W", "DO", "DD" -> Milestone.IN_TRANSIT;
            case "O" -> Milestone.OUT_FOR_DELIVERY;
            case "D" -> Milestone.DELIVERED;
            case "X" -> Milestone.EXCEPTION;
            case "RS" -> Milestone.RETURNED;
            case "MV" -> Milestone.VOIDED;
            default -> Milestone.OTHER;
        };
    }
}
