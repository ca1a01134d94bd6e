package dev.x3ups.x3.sink.status;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.UpsStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Folds ledger entries and tracking events into an order's state without ever regressing it. The
 * current status is the maximum of all events seen under one total order — terminal rank first
 * (so Delivered beats anything not terminal, whatever the times), then event time, then rank — so
 * the result does not depend on the order in which records arrive, and re-applying a record that
 * was already applied changes nothing.
 */
public final class StatusMerge {

    static final String CREATED_DESCRIPTION = "Shipment created";
    static final String FAILED_REASON = "UPS could not create the shipment";
    static final String HELD_REASON = "Held: UPS Address Validation does not confirm the ship-to; correct it and save";

    private static final Comparator<Status> PRECEDENCE = Comparator
            .comparingInt((Status s) -> terminalRank(s.type()))
            .thenComparing(Status::time)
            .thenComparingInt(s -> rankAtOneInstant(s.type()))
            .thenComparing(Status::code, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Status::description, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final StatusVocabulary vocabulary;
    private final String carrier;
    private final TrackingNumbers numbers;

    /** With the tracking-number capacity of the documented YSHIPTRK class. */
    public StatusMerge(StatusVocabulary vocabulary, String carrier) {
        this(vocabulary, carrier, new TrackingNumbers(TrackingNumbers.DEFAULT_CAPACITY));
    }

    public StatusMerge(StatusVocabulary vocabulary, String carrier, TrackingNumbers numbers) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.carrier = carrier;
        this.numbers = Objects.requireNonNull(numbers, "numbers");
    }

    /** The state of an order as it was read back from X3 (written before a restart, or by hand). */
    public OrderState fromX3(OrderTracking written) {
        return new OrderState(written, vocabulary.upsType(written.statusCode()), written.lastEventAt());
    }

    public OrderState apply(OrderState state, TrackingEvent event) {
        OrderTracking current = state.tracking();
        Instant time = OrderTracking.seconds(event.activityTime());
        String type = event.statusType().strip().toUpperCase(Locale.ROOT);
        String code = vocabulary.x3Code(type, event.statusCode());
        List<String> numbers = this.numbers.withScanned(current.trackingNumbers(), event.trackingNumber());

        LocalDate scheduled = current.scheduledDelivery();
        Instant scheduledAsOf = state.scheduledAsOf();
        if (event.scheduledDelivery() != null && (scheduledAsOf == null || !time.isBefore(scheduledAsOf))) {
            scheduled = event.scheduledDelivery();
            scheduledAsOf = time;
        }

        Status incoming = new Status(type, time, code, OrderTracking.text(event.statusDescription()));
        boolean wins = current.lastEventAt() == null
                || PRECEDENCE.compare(incoming, new Status(state.upsType(), current.lastEventAt(),
                        current.statusCode(), current.statusDescription())) > 0;
        if (!wins) {
            return new OrderState(new OrderTracking(numbers, current.carrier(), current.statusCode(),
                    current.statusDescription(), scheduled, current.deliveredAt(), current.exception(),
                    current.exceptionCode(), current.exceptionReason(), current.lastEventAt()),
                    state.upsType(), scheduledAsOf);
        }
        boolean exception = event.exception() || TrackingEvent.isExceptionType(type);
        Instant deliveredAt = UpsStatus.isDelivered(type)
                ? (event.actualDelivery() != null ? event.actualDelivery() : time)
                : current.deliveredAt();
        String reason = exception ? firstText(event.exceptionReason(), event.statusDescription()) : null;
        return new OrderState(new OrderTracking(numbers, carrier, code, event.statusDescription(), scheduled,
                deliveredAt, exception, exception ? event.statusCode() : null, reason, time), type, scheduledAsOf);
    }

    public OrderState apply(OrderState state, ShipmentLedgerEntry entry) {
        OrderTracking current = state.tracking();
        boolean noCarrierEvent = current.lastEventAt() == null;
        switch (entry.state()) {
            case CREATED -> {
                List<String> numbers = this.numbers.withPackages(current.trackingNumbers(), entry.trackingNumbers());
                if (!noCarrierEvent) {
                    return new OrderState(withNumbers(current, numbers), state.upsType(), state.scheduledAsOf());
                }
                // Label created, no scan yet; clears a FAILED flag of an earlier attempt.
                String code = current.statusCode() != null ? current.statusCode() : vocabulary.x3Code("M", null);
                String description = current.statusCode() != null ? current.statusDescription() : CREATED_DESCRIPTION;
                String type = state.upsType() != null ? state.upsType() : "M";
                return new OrderState(new OrderTracking(numbers, carrier, code, description,
                        current.scheduledDelivery(), current.deliveredAt(), false, null, null, null),
                        type, state.scheduledAsOf());
            }
            case FAILED, HELD -> {
                // Stale once a shipment exists: a re-delivered FAILED must not flag a shipped order. HELD (address
                // check) flags the order the same way, its reason carrying UPS's candidates.
                if (!noCarrierEvent || !current.trackingNumbers().isEmpty()) {
                    return state;
                }
                return new OrderState(new OrderTracking(current.trackingNumbers(), carrier, current.statusCode(),
                        current.statusDescription(), current.scheduledDelivery(), current.deliveredAt(), true,
                        entry.failureCode(), firstText(entry.failureMessage(), reasonOf(entry)), null),
                        state.upsType(), state.scheduledAsOf());
            }
            default -> {
                return state;
            }
        }
    }

    private static String reasonOf(ShipmentLedgerEntry entry) {
        return entry.state() == ShipmentState.HELD ? HELD_REASON : FAILED_REASON;
    }

    /** Delivered above returned to shipper above everything that is not terminal. */
    static int terminalRank(String type) {
        return UpsStatus.isDelivered(type) ? 2 : UpsStatus.isTerminal(type) ? 1 : 0;
    }

    /**
     * Between two statuses of the same instant: the further along wins. A type that is no step of the
     * journey (an exception, an unknown type) ranks with in transit: the package can leave it again.
     */
    static int rankAtOneInstant(String type) {
        if (type == null) {
            return -1;
        }
        int progress = UpsStatus.progress(type);
        return progress == UpsStatus.NEUTRAL ? UpsStatus.progress("I") : progress;
    }

    private static OrderTracking withNumbers(OrderTracking t, List<String> numbers) {
        return new OrderTracking(numbers, t.carrier(), t.statusCode(), t.statusDescription(), t.scheduledDelivery(),
                t.deliveredAt(), t.exception(), t.exceptionCode(), t.exceptionReason(), t.lastEventAt());
    }

    private static String firstText(String first, String second) {
        String text = OrderTracking.text(first);
        return text != null ? text : OrderTracking.text(second);
    }

    private record Status(String type, Instant time, String code, String description) {
    }
}
