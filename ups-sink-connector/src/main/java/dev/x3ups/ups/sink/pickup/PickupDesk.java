package dev.x3ups.ups.sink.pickup;

import dev.x3ups.records.Money;
import dev.x3ups.records.PickupPiece;
import dev.x3ups.ups.sink.site.ShippingSite;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the pickup plan asks of UPS's Pickup API (adapted from the UPS client in {@link UpsPickupDesk}). Calls block;
 * an answer that may or may not have reached UPS is {@link Answer.Ambiguous}, never an exception.
 */
interface PickupDesk {

    /** Creates an on-call pickup. */
    Answer book(Request request);

    /** Rates an on-call pickup; a refusal is the reason it could not be booked either. */
    Answer rate(Request request);

    /** Triggers the account's Smart Pickup for the day ({@code sameDay}) or the next business day. */
    Answer trigger(ShippingSite site, boolean sameDay);

    /** The account's pickups UPS still holds (today's and tomorrow's); empty when UPS could not say. */
    List<Pending> pending(ShippingSite site) throws UnknownPendingException;

    /** Cancels a pickup by its PRN. */
    Answer cancel(ShippingSite site, String prn);

    /** One on-call pickup as requested: the site's day, window, packages and our reference. */
    record Request(ShippingSite site, LocalDate date, LocalTime readyTime, LocalTime closeTime,
                   List<PickupPiece> pieces, BigDecimal totalWeightKg, boolean overweight, String reference) {
    }

    /** A pickup UPS holds: its PRN, its day and the reference it was requested with. */
    record Pending(String prn, LocalDate date, String reference) {
    }

    /** UPS's answer to a request. */
    sealed interface Answer {
        /** Done: for a booking or trigger the PRN (and the rated charge when known), for a rating the charge. */
        record Done(String prn, Money charge, LocalDate date) implements Answer {
        }

        /** UPS refused; {@code code} and {@code message} are UPS's. */
        record Refused(String code, String message) implements Answer {
        }

        /** No usable answer: UPS may or may not have done it. */
        record Ambiguous(String reason) implements Answer {
        }
    }

    /** Pending status could not be read: the booking waits rather than risk a second pickup. */
    final class UnknownPendingException extends Exception {
        UnknownPendingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
