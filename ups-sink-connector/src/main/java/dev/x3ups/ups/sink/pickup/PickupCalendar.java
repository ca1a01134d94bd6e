package dev.x3ups.ups.sink.pickup;

import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.site.ShippingSite;
import dev.x3ups.ups.sink.site.SitePickup;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Which business day's pickup collects a shipment, per site and in the site's time zone: Monday to Friday; a
 * shipment created at or after the site's cutoff, or on a weekend, goes on the next business day's pickup.
 */
public final class PickupCalendar implements LedgerEntries.PickupDays {
    private final Map<String, ShippingSite> sites;
    private final Map<String, SitePickup> pickups;
    private final Clock clock;

    /** @param clock the time the sites' days follow (UPS's, see {@link SimulatorClock}) */
    public PickupCalendar(Map<String, ShippingSite> sites, Map<String, SitePickup> pickups, Clock clock) {
        this.sites = Map.copyOf(sites);
        this.pickups = Map.copyOf(pickups);
        this.clock = clock;
    }

    @Override
    public LocalDate forShipmentNow(String site) {
        return of(site, clock.instant());
    }

    /** The pickup day of a shipment created at {@code at} at {@code site}; null for a site not configured. */
    LocalDate of(String site, Instant at) {
        ShippingSite s = sites.get(site);
        if (s == null) {
            return null;
        }
        ZonedDateTime local = at.atZone(s.timeZone());
        LocalDate day = local.toLocalDate();
        if (!isBusinessDay(day) || !local.toLocalTime().isBefore(pickups.getOrDefault(site, SitePickup.NONE).cutoff())) {
            return nextBusinessDay(day);
        }
        return day;
    }

    static boolean isBusinessDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    static LocalDate nextBusinessDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
