package dev.x3ups.x3.sink.status;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.UpsStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Folds ledger entries and tracking events into an order's state without ever regressing it. The
 * current status is the maximum of all events seen under one total order — terminal rank first
 * (so Delivered beats anything not terminal, whatever the times), then event time, then rank — so
 * the result does not depend on the order in which records arrive, and re-applying a record that
 * was already applied changes nothing.
 *
 * <p>After the label (docs/architecture.md, "X3 write-back after the label"): a VOIDED entry shows the void
 * and its reason ({@link VoidedDisplay}); a CREATED entry carrying a failure code flags the live shipment
 * without changing it; a CREATED entry that replaces voided shipments (a re-ship) leaves X3 with the new
 * numbers only and a clean flag. What the ledger reported stays through later carrier events, and events of
 * a voided shipment's numbers no longer touch the order.
 */
public final class StatusMerge {

    static final String CREATED_DESCRIPTION = "Shipment created";
    static final String FAILED_REASON = "UPS could not create the shipment";
    static final String HELD_REASON = "Held: UPS Address Validation does not confirm the ship-to; correct it and save";
    static final String FLAGGED_REASON = "The UPS sink flagged the shipment";

    private static final Comparator<Status> PRECEDENCE = Comparator
            .comparingInt((Status s) -> terminalRank(s.type()))
            .thenComparing(Status::time)
            .thenComparingInt(s -> rankAtOneInstant(s.type()))
            .thenComparing(Status::code, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Status::description, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final StatusVocabulary vocabulary;
    private final String carrier;
    private final TrackingNumbers numbers;
    private final VoidedDisplay voided;

    /** With the tracking-number capacity of the documented YSHIPTRK class. */
    public StatusMerge(StatusVocabulary vocabulary, String carrier) {
        this(vocabulary, carrier, new TrackingNumbers(TrackingNumbers.DEFAULT_CAPACITY));
    }

    public StatusMerge(StatusVocabulary vocabulary, String carrier, TrackingNumbers numbers) {
        this(vocabulary, carrier, numbers, VoidedDisplay.DEFAULT);
    }

    public StatusMerge(StatusVocabulary vocabulary, String carrier, TrackingNumbers numbers, VoidedDisplay voided) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.carrier = carrier;
        this.numbers = Objects.requireNonNull(numbers, "numbers");
        this.voided = Objects.requireNonNull(voided, "voided");
    }

    /**
     * The state of an order as it was read back from X3 (written before a restart, or by hand). A code
     * beside a status that is no carrier exception can only be the ledger's note, so it is kept as one.
     */
    public OrderState fromX3(OrderTracking written) {
        String type = vocabulary.upsType(written.statusCode());
        boolean ledgerNote = written.exceptionCode() != null && !UpsStatus.isException(type);
        return new OrderState(written, type, written.lastEventAt(), ledgerNote, Set.of());
    }

    public OrderState apply(OrderState state, TrackingEvent event) {
        OrderTracking current = state.tracking();
        Instant time = OrderTracking.seconds(event.activityTime());
        String type = event.statusType().strip().toUpperCase(Locale.ROOT);
        if (ofAnotherShipment(state, event.trackingNumber(), type)) {
            return state;
        }
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
                    state.upsType(), scheduledAsOf, state.ledgerNote(), state.voidedNumbers());
        }
        Instant deliveredAt = UpsStatus.isDelivered(type)
                ? (event.actualDelivery() != null ? event.actualDelivery() : time)
                : current.deliveredAt();
        // a note on a shipment stays; a FAILED note (no shipment held) goes once a scan shows one exists
        if (state.ledgerNote() && !current.trackingNumbers().isEmpty()) {
            return new OrderState(new OrderTracking(numbers, carrier, code, event.statusDescription(), scheduled,
                    deliveredAt, current.exception(), current.exceptionCode(), current.exceptionReason(), time),
                    type, scheduledAsOf, true, state.voidedNumbers());
        }
        boolean exception = event.exception() || TrackingEvent.isExceptionType(type);
        String reason = exception ? firstText(event.exceptionReason(), event.statusDescription()) : null;
        return new OrderState(new OrderTracking(numbers, carrier, code, event.statusDescription(), scheduled,
                deliveredAt, exception, exception ? event.statusCode() : null, reason, time), type, scheduledAsOf,
                false, state.voidedNumbers());
    }

    /**
     * An event of a voided shipment: one of the numbers voided since start, or a void scan of a number the
     * order does not hold (after a restart the voided numbers are no longer known, but UPS's own void scan
     * still tells).
     */
    private static boolean ofAnotherShipment(OrderState state, String trackingNumber, String type) {
        String number = OrderTracking.text(trackingNumber);
        if (number == null) {
            return false;
        }
        List<String> held = state.tracking().trackingNumbers();
        return state.voidedNumbers().contains(number)
                || VoidedDisplay.VOIDED_TYPE.equals(type) && !held.isEmpty() && !held.contains(number);
    }

    public OrderState apply(OrderState state, ShipmentLedgerEntry entry) {
        OrderTracking current = state.tracking();
        boolean noCarrierEvent = current.lastEventAt() == null;
        switch (entry.state()) {
            case CREATED -> {
                if (replacesVoided(state, entry)) {
                    return reshipped(state, entry);
                }
                if (isVoided(state)) {
                    return state; // the voided shipment's own CREATED, re-delivered (a new one replaces it above)
                }
                List<String> numbers = this.numbers.withPackages(current.trackingNumbers(), entry.trackingNumbers());
                Set<String> voidedNumbers = without(state.voidedNumbers(), entry.trackingNumbers());
                if (!noCarrierEvent) {
                    OrderState next = new OrderState(withNumbers(current, numbers), state.upsType(),
                            state.scheduledAsOf(), state.ledgerNote(), voidedNumbers);
                    return entry.failureCode() == null ? next : flagged(next, entry);
                }
                // Label created, no scan yet; clears a FAILED flag of an earlier attempt.
                String code = current.statusCode() != null ? current.statusCode() : vocabulary.x3Code("M", null);
                String description = current.statusCode() != null ? current.statusDescription() : CREATED_DESCRIPTION;
                String type = state.upsType() != null ? state.upsType() : "M";
                OrderState next = new OrderState(new OrderTracking(numbers, carrier, code, description,
                        current.scheduledDelivery(), current.deliveredAt(), false, null, null, null),
                        type, state.scheduledAsOf(), false, voidedNumbers);
                return entry.failureCode() == null ? next : flagged(next, entry);
            }
            case FAILED, HELD -> {
                if (!entry.trackingNumbers().isEmpty()) {
                    // a failure about a shipment X3 holds (RETIRED_CHANGED): flagged, X3's numbers kept
                    return flagged(new OrderState(withNumbers(current, this.numbers.withPackages(
                            current.trackingNumbers(), entry.trackingNumbers())), state.upsType(),
                            state.scheduledAsOf(), state.ledgerNote(), state.voidedNumbers()), entry);
                }
                // Stale once a shipment exists: a re-delivered FAILED must not flag a shipped order. HELD (address
                // check) flags the order the same way, its reason carrying UPS's candidates.
                if (!noCarrierEvent || !current.trackingNumbers().isEmpty()) {
                    return state;
                }
                return new OrderState(new OrderTracking(current.trackingNumbers(), carrier, current.statusCode(),
                        current.statusDescription(), current.scheduledDelivery(), current.deliveredAt(), true,
                        entry.failureCode(), firstText(entry.failureMessage(), reasonOf(entry)), null),
                        state.upsType(), state.scheduledAsOf(), true, state.voidedNumbers());
            }
            case VOIDED -> {
                return voided(state, entry);
            }
            case PENDING -> {
                // a re-ship's intent names the shipment about to be voided: its events stop counting now
                if (entry.shipmentId() != null && entry.voidedShipmentIds().contains(entry.shipmentId())) {
                    return new OrderState(current, state.upsType(), state.scheduledAsOf(), state.ledgerNote(),
                            union(state.voidedNumbers(), entry.trackingNumbers()));
                }
                return state;
            }
            default -> {
                return state;
            }
        }
    }

    private static String reasonOf(ShipmentLedgerEntry entry) {
        return entry.state() == ShipmentState.HELD ? HELD_REASON : FAILED_REASON;
    }

    /**
     * A void: the numbers stay (they say which shipment was voided), the status says voided and the note why;
     * the void's time stands as the last event, so an older scan of the voided parcel cannot win over it.
     */
    private OrderState voided(OrderState state, ShipmentLedgerEntry entry) {
        OrderTracking current = state.tracking();
        boolean flag = voided.flags(entry.failureCode());
        Instant at = entry.updatedAt() != null ? entry.updatedAt() : current.lastEventAt();
        List<String> numbers = entry.trackingNumbers().isEmpty() ? current.trackingNumbers()
                : this.numbers.withPackages(List.of(), entry.trackingNumbers());
        String description = numbers.isEmpty() ? VoidedDisplay.NOT_SHIPPED : VoidedDisplay.DESCRIPTION;
        return new OrderState(new OrderTracking(numbers, carrier,
                vocabulary.x3Code(VoidedDisplay.VOIDED_TYPE, null), description, null, null, flag,
                entry.failureCode(), OrderTracking.text(entry.failureMessage()), at),
                VoidedDisplay.VOIDED_TYPE, null, true,
                union(union(state.voidedNumbers(), current.trackingNumbers()), entry.trackingNumbers()));
    }

    private static boolean isVoided(OrderState state) {
        return state.ledgerNote() && VoidedDisplay.VOIDED_TYPE.equals(state.upsType());
    }

    /**
     * A new shipment after earlier ones were voided: the order is shown voided and the entry brings numbers
     * it does not hold, or the entry names voided shipments and the order still holds numbers that are not
     * the entry's. A re-delivered entry is neither.
     */
    private static boolean replacesVoided(OrderState state, ShipmentLedgerEntry entry) {
        List<String> held = state.tracking().trackingNumbers();
        List<String> incoming = entry.trackingNumbers().stream().map(OrderTracking::text).filter(Objects::nonNull)
                .toList();
        if (incoming.isEmpty()) {
            return false;
        }
        return isVoided(state) ? !held.containsAll(incoming)
                : !entry.voidedShipmentIds().isEmpty() && !incoming.containsAll(held);
    }

    /**
     * The re-ship: X3 holds the new numbers only, and the old ones are voided. The status starts again at the
     * label unless a scan of the new shipment already arrived (events may overtake the ledger); the flags of
     * the earlier shipment (FAILED, CHANGED, a carrier exception) are cleared.
     */
    private OrderState reshipped(OrderState state, ShipmentLedgerEntry entry) {
        OrderTracking current = state.tracking();
        List<String> numbers = this.numbers.withPackages(List.of(), entry.trackingNumbers());
        Set<String> voidedNumbers = without(union(state.voidedNumbers(), current.trackingNumbers()), numbers);
        boolean newScanned = current.lastEventAt() != null && !isVoided(state)
                && current.trackingNumbers().stream().anyMatch(numbers::contains);
        OrderState next = newScanned
                ? new OrderState(new OrderTracking(numbers, carrier, current.statusCode(), current.statusDescription(),
                        current.scheduledDelivery(), current.deliveredAt(), false, null, null, current.lastEventAt()),
                        state.upsType(), state.scheduledAsOf(), false, voidedNumbers)
                : new OrderState(new OrderTracking(numbers, carrier, vocabulary.x3Code("M", null), CREATED_DESCRIPTION,
                        null, null, false, null, null, null), "M", null, false, voidedNumbers);
        return entry.failureCode() == null ? next : flagged(next, entry);
    }

    /** A problem the UPS sink reports on a live shipment: flagged, the shipment and its status unchanged. */
    private static OrderState flagged(OrderState state, ShipmentLedgerEntry entry) {
        OrderTracking t = state.tracking();
        return new OrderState(new OrderTracking(t.trackingNumbers(), t.carrier(), t.statusCode(),
                t.statusDescription(), t.scheduledDelivery(), t.deliveredAt(), true, entry.failureCode(),
                firstText(entry.failureMessage(), FLAGGED_REASON), t.lastEventAt()),
                state.upsType(), state.scheduledAsOf(), true, state.voidedNumbers());
    }

    private static Set<String> union(Set<String> numbers, List<String> more) {
        Set<String> all = new LinkedHashSet<>(numbers);
        more.stream().map(OrderTracking::text).filter(Objects::nonNull).forEach(all::add);
        return all;
    }

    private static Set<String> without(Set<String> numbers, List<String> live) {
        if (numbers.isEmpty()) {
            return numbers;
        }
        Set<String> rest = new LinkedHashSet<>(numbers);
        live.stream().map(OrderTracking::text).forEach(rest::remove);
        return rest;
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
