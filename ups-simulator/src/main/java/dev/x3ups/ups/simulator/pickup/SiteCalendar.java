package dev.x3ups.ups.simulator.pickup;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One pickup site's rules, in its own time zone: the days UPS collects (Monday to Friday unless the site is in a
 * weekend service territory), holidays, the call-by time (the latest time a same-day pickup can still be requested)
 * and the lead time UPS needs between the request's ready and close times. UPS decides these per location and does
 * not publish them; the defaults are plausible values.
 */
public record SiteCalendar(ZoneId zone, LocalTime callByTime, Duration leadTime, Set<DayOfWeek> serviceDays,
                           Set<LocalDate> holidays) {
    public static final LocalTime DEFAULT_CALL_BY = LocalTime.of(18, 0);
    public static final Duration DEFAULT_LEAD_TIME = Duration.ofMinutes(60);

    public SiteCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(callByTime, "callByTime");
        Objects.requireNonNull(leadTime, "leadTime");
        serviceDays = serviceDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(serviceDays));
        holidays = Set.copyOf(holidays);
    }

    /** Monday to Friday, call-by 18:00, lead time one hour, no holidays. */
    public static SiteCalendar weekdays(ZoneId zone) {
        return new SiteCalendar(zone, DEFAULT_CALL_BY, DEFAULT_LEAD_TIME,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
    }

    public SiteCalendar withCallBy(LocalTime time) {
        return new SiteCalendar(zone, time, leadTime, serviceDays, holidays);
    }

    public SiteCalendar withLeadTime(Duration lead) {
        return new SiteCalendar(zone, callByTime, lead, serviceDays, holidays);
    }

    public SiteCalendar withHoliday(LocalDate day) {
        Set<LocalDate> more = new java.util.HashSet<>(holidays);
        more.add(day);
        return new SiteCalendar(zone, callByTime, leadTime, serviceDays, more);
    }

    /** Adds Saturday collection (a weekend service territory). */
    public SiteCalendar withSaturdays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        days.addAll(serviceDays);
        days.add(DayOfWeek.SATURDAY);
        return new SiteCalendar(zone, callByTime, leadTime, days, holidays);
    }

    public boolean isBusinessDay(LocalDate day) {
        return serviceDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The first business day strictly after {@code day}. */
    public LocalDate nextBusinessDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        for (int i = 0; i < 366 && !isBusinessDay(next); i++) {
            next = next.plusDays(1);
        }
        return next;
    }

    public LocalDateTime local(Instant now) {
        return LocalDateTime.ofInstant(now, zone);
    }

    public LocalDate today(Instant now) {
        return local(now).toLocalDate();
    }

    /** Whether a same-day request made at {@code now} is past the call-by time. */
    public boolean pastCallBy(Instant now) {
        return !local(now).toLocalTime().isBefore(callByTime);
    }

    public Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }
}
