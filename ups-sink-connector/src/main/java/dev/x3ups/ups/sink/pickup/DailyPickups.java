package dev.x3ups.ups.sink.pickup;

import dev.x3ups.records.PickupKind;
import dev.x3ups.records.PickupRecord;
import dev.x3ups.records.PickupState;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.ups.sink.site.PickupPolicy;
import dev.x3ups.ups.sink.site.ShippingSite;
import dev.x3ups.ups.sink.site.SitePickup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pickup plan, run on the task's scheduler (docs/architecture.md, "Pickups"): for every site this task owns,
 * in the site's time zone, a SMART site's day is triggered once its first package is created, and an ON_CALL site's
 * day is booked once at its booking time with the day's packages, or cancelled by PRN when they were all voided.
 * The ledger is caught up first, so the packages shipped by the other tasks count too.
 */
public final class DailyPickups implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DailyPickups.class);
    private final Map<String, ShippingSite> sites;
    private final Map<String, SitePickup> settings;
    private final Predicate<String> owns;
    private final Runnable catchUp;
    private final Supplier<Collection<ShipmentLedgerEntry>> ledger;
    private final PickupBooker booker;
    private final Clock clock;
    private final java.util.Set<String> missedWarned = new java.util.HashSet<>();

    DailyPickups(Map<String, ShippingSite> sites, Map<String, SitePickup> settings, Predicate<String> owns,
                 Runnable catchUp, Supplier<Collection<ShipmentLedgerEntry>> ledger, PickupBooker booker, Clock clock) {
        this.sites = sites;
        this.settings = settings;
        this.owns = owns;
        this.catchUp = catchUp;
        this.ledger = ledger;
        this.booker = booker;
        this.clock = clock;
    }

    /** Whether any site has a pickup to arrange through the API. */
    public static boolean anyPlanned(Map<String, SitePickup> settings) {
        return settings.values().stream().anyMatch(s -> s.policy() != PickupPolicy.NONE);
    }

    @Override
    public void run() {
        catchUp.run();
        Collection<ShipmentLedgerEntry> entries = ledger.get();
        for (Map.Entry<String, SitePickup> e : settings.entrySet()) {
            ShippingSite site = sites.get(e.getKey());
            if (site == null || e.getValue().policy() == PickupPolicy.NONE || !owns.test(site.code())) {
                continue;
            }
            try {
                plan(site, e.getValue(), entries);
            } catch (RuntimeException failure) {
                LOG.warn("Pickup of site {} not arranged this time: {}", site.code(), failure.getMessage(), failure);
            }
        }
    }

    /**
     * Retires the days older than {@code retention} (docs/architecture.md, "Retirement"): a day ended, in its
     * site's time zone, longer ago than that is tombstoned by the site's owning task and dropped from memory.
     */
    public void retireOldDays(Duration retention) {
        Instant cutoff = clock.instant().minus(retention);
        try {
            int retired = booker.retire(record -> dayEnd(record).isBefore(cutoff), owns);
            if (retired > 0) {
                LOG.info("Retired {} pickup days older than {}", retired, retention);
            }
        } catch (RuntimeException e) {
            LOG.warn("Pickup days not retired this time, the next run tries again: {}", e.getMessage());
        }
    }

    private Instant dayEnd(PickupRecord record) {
        ShippingSite site = sites.get(record.site());
        ZoneId zone = site == null ? ZoneOffset.UTC : site.timeZone();
        return record.date().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Closes the pickups topic's clients. */
    @Override
    public void close() {
        booker.close();
    }

    private void plan(ShippingSite site, SitePickup pickup, Collection<ShipmentLedgerEntry> entries) {
        ZonedDateTime now = clock.instant().atZone(site.timeZone());
        LocalDate today = now.toLocalDate();
        if (pickup.policy() == PickupPolicy.SMART) {
            if (PickupCalendar.isBusinessDay(today)) {
                smart(site, pickup, today, true, entries);
            }
            smart(site, pickup, PickupCalendar.nextBusinessDay(today), false, entries);
            return;
        }
        if (!PickupCalendar.isBusinessDay(today)) {
            return;
        }
        DayPackages packages = DayPackages.of(site.code(), today, entries);
        Optional<PickupRecord> current = booker.get(site.code(), today);
        LocalTime time = now.toLocalTime();
        if (packages.isEmpty()) {
            // a day with nothing to collect books nothing; a booked one whose packages were all voided is cancelled
            if (current.isPresent() && current.get().state() == PickupState.BOOKED && current.get().prn() != null
                    && time.isBefore(pickup.closeTime())) {
                booker.cancel(site, current.get());
            }
            return;
        }
        if (time.isBefore(pickup.bookAt())) {
            return;
        }
        if (current.isEmpty() && !time.isBefore(pickup.closeTime())) {
            if (!missedWarned.add(PickupRecord.key(site.code(), today))) {
                return;
            }
            LOG.warn("Site {}: the day's on-call pickup was not booked before its window closed at {}; {} packages "
                    + "wait for the next pickup", site.code(), pickup.closeTime(), packages.packageCount());
            return;
        }
        booker.settle(site, pickup, PickupKind.ON_CALL, today, true, packages);
    }

    private void smart(ShippingSite site, SitePickup pickup, LocalDate day, boolean sameDay,
                       Collection<ShipmentLedgerEntry> entries) {
        DayPackages packages = DayPackages.of(site.code(), day, entries);
        if (!packages.isEmpty()) {
            booker.settle(site, pickup, PickupKind.SMART, day, sameDay, packages);
        }
    }
}
