package dev.x3ups.ups.simulator.pickup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One pickup UPS has on its books. On-call: every accepted request is one (and one charge), even for an address and
 * day already booked. Smart: one per account and day. Only the cancellation time changes afterwards.
 */
public final class PickupBooking {
    /** One {@code PickupPiece} line. */
    public record Piece(String serviceCode, String destinationCountryCode, String containerCode, int quantity) {
    }

    private final String prn;
    private final PickupKind kind;
    private final String account;
    private final SiteDay siteDay;
    private final SiteCalendar calendar;
    private final LocalTime readyTime;
    private final LocalTime closeTime;
    private final List<Piece> pieces;
    private final String totalWeight;
    private final boolean overweight;
    private final String reference;
    private final String contactName;
    private final BigDecimal charge;
    private final Instant bookedAt;
    private final AtomicReference<Instant> cancelledAt = new AtomicReference<>();

    PickupBooking(String prn, PickupKind kind, String account, SiteDay siteDay, SiteCalendar calendar,
                  LocalTime readyTime, LocalTime closeTime, List<Piece> pieces, String totalWeight, boolean overweight,
                  String reference, String contactName, BigDecimal charge, Instant bookedAt) {
        this.prn = prn;
        this.kind = kind;
        this.account = account;
        this.siteDay = siteDay;
        this.calendar = calendar;
        this.readyTime = readyTime;
        this.closeTime = closeTime;
        this.pieces = List.copyOf(pieces);
        this.totalWeight = totalWeight;
        this.overweight = overweight;
        this.reference = reference;
        this.contactName = contactName;
        this.charge = charge;
        this.bookedAt = bookedAt;
    }

    public String prn() {
        return prn;
    }

    public PickupKind kind() {
        return kind;
    }

    public String account() {
        return account;
    }

    public SiteDay siteDay() {
        return siteDay;
    }

    public String site() {
        return siteDay.site();
    }

    public LocalDate date() {
        return siteDay.date();
    }

    SiteCalendar calendar() {
        return calendar;
    }

    public LocalTime readyTime() {
        return readyTime;
    }

    public LocalTime closeTime() {
        return closeTime;
    }

    public List<Piece> pieces() {
        return pieces;
    }

    /** Packages over all pieces. */
    public int packageCount() {
        return pieces.stream().mapToInt(Piece::quantity).sum();
    }

    public String totalWeight() {
        return totalWeight;
    }

    public boolean overweight() {
        return overweight;
    }

    /** Our {@code ReferenceNumber}, or null. */
    public String reference() {
        return reference;
    }

    public String contactName() {
        return contactName;
    }

    /** What UPS charged for this on-call pickup (zero for Smart). */
    public BigDecimal charge() {
        return charge;
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    public boolean cancelled() {
        return cancelledAt.get() != null;
    }

    boolean cancel(Instant at) {
        return cancelledAt.compareAndSet(null, at);
    }

    /** The status pending status reports at {@code now}: processing until the window opens, then dispatched, then done. */
    public PickupState state(Instant now) {
        if (cancelled()) {
            return PickupState.CANCELLED;
        }
        if (now.isBefore(calendar.at(date(), readyTime))) {
            return PickupState.PROCESSING;
        }
        return now.isBefore(calendar.at(date(), closeTime)) ? PickupState.DISPATCHED : PickupState.COMPLETED;
    }

    @Override
    public String toString() {
        return "PickupBooking[" + prn + " " + kind + " " + siteDay + (cancelled() ? " cancelled" : "") + "]";
    }
}
