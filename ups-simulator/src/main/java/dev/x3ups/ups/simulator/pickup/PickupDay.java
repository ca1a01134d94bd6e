package dev.x3ups.ups.simulator.pickup;

import dev.x3ups.ups.simulator.network.ValidationError;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The day and window rules of an on-call request at one site (Pickup.yaml {@code PickupDateInfo}): a local
 * {@code yyyyMMdd} day from today to {@value #MAX_DAYS_AHEAD} days ahead on which the site has service; for today,
 * before the call-by time, with a ready time in the past replaced by the current local time; the ready time earlier
 * than the call-by time; close minus ready longer than the lead time.
 */
final class PickupDay {
    static final int MAX_DAYS_AHEAD = 30;
    static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    /** A checked day and window, or the refusal. */
    record Checked(LocalDate date, LocalTime ready, LocalTime close, ValidationError error) {
        static Checked refused(String code, String message) {
            return new Checked(null, null, null, new ValidationError(code, message));
        }
    }

    private PickupDay() {
    }

    /** The day alone (rating with a specific day, creation before the window is checked). */
    static Checked day(SiteCalendar calendar, String dateText, Instant now) {
        LocalDate date;
        try {
            date = LocalDate.parse(dateText == null ? "" : dateText, DATE);
        } catch (DateTimeParseException e) {
            return Checked.refused(PickupErrors.BAD_DATE, "PickupDate must be a yyyyMMdd date: " + dateText);
        }
        LocalDate today = calendar.today(now);
        if (date.isBefore(today)) {
            return Checked.refused(PickupErrors.BAD_DATE, "PickupDate " + dateText + " is in the past");
        }
        if (date.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            return Checked.refused(PickupErrors.BAD_DATE, "PickupDate " + dateText + " is more than "
                    + MAX_DAYS_AHEAD + " days ahead");
        }
        if (!calendar.isBusinessDay(date)) {
            return Checked.refused(PickupErrors.NOT_A_SERVICE_DAY, "No pickup service on " + dateText
                    + " at this address (weekend or holiday)");
        }
        if (date.equals(today) && calendar.pastCallBy(now)) {
            return Checked.refused(PickupErrors.PAST_CALL_BY, "A same-day pickup must be requested before the "
                    + "CallByTime " + TIME.format(calendar.callByTime()));
        }
        return new Checked(date, null, null, null);
    }

    /** The day and the ready/close window. */
    static Checked window(SiteCalendar calendar, String dateText, String readyText, String closeText, Instant now) {
        Checked day = day(calendar, dateText, now);
        if (day.error() != null) {
            return day;
        }
        LocalTime ready = time(readyText);
        LocalTime close = time(closeText);
        if (ready == null || close == null) {
            return Checked.refused(PickupErrors.BAD_READY_TIME, "ReadyTime and CloseTime must be HHmm times");
        }
        if (day.date().equals(calendar.today(now))) {
            LocalTime local = calendar.local(now).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
            if (ready.isBefore(local)) {
                ready = local; // "If ReadyTime is earlier than current local time, UPS uses the current local time"
            }
        }
        if (!ready.isBefore(calendar.callByTime())) {
            return Checked.refused(PickupErrors.BAD_READY_TIME, "ReadyTime " + TIME.format(ready)
                    + " must be earlier than the CallByTime " + TIME.format(calendar.callByTime()));
        }
        if (Duration.between(ready, close).compareTo(calendar.leadTime()) <= 0) {
            return Checked.refused(PickupErrors.WINDOW_TOO_SHORT, "CloseTime minus ReadyTime must be greater than the "
                    + "lead time of " + calendar.leadTime().toMinutes() + " minutes");
        }
        return new Checked(day.date(), ready, close, null);
    }

    static String format(LocalDate date) {
        return DATE.format(date);
    }

    private static LocalTime time(String text) {
        if (text == null || !text.matches("\\d{4}")) {
            return null;
        }
        try {
            return LocalTime.parse(text, TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
