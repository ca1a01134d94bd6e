package dev.x3ups.ups.sink.pickup;

import dev.x3ups.records.Money;
import dev.x3ups.records.PickupKind;
import dev.x3ups.records.PickupRecord;
import dev.x3ups.records.PickupState;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.site.ShippingSite;
import dev.x3ups.ups.sink.site.SitePickup;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exactly-once protocol for one site's pickup of one day (docs/architecture.md, "Pickups"), like a shipment's:
 * write PENDING (acknowledged) → ask UPS → write BOOKED with the PRN, or FAILED with UPS's reason. A PENDING record
 * (an answer lost, or a task killed in between) is first looked for in UPS's pending status by our reference and
 * only booked again when UPS holds nothing; a Smart Pickup trigger is simply sent again (UPS answers EXISTING).
 * Only the task owning the site runs this, so the records it keeps in memory are the topic's.
 */
final class PickupBooker {
    private static final Logger LOG = LoggerFactory.getLogger(PickupBooker.class);
    private static final DateTimeFormatter REFERENCE_DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private final PickupLog log;
    private final Map<String, PickupRecord> records;
    private final PickupDesk desk;
    private final SinkMetrics metrics;
    private final Clock clock;

    PickupBooker(PickupLog log, PickupDesk desk, SinkMetrics metrics, Clock clock) {
        this.log = log;
        this.records = new HashMap<>(log.readAll());
        this.desk = desk;
        this.metrics = metrics;
        this.clock = clock;
    }

    Optional<PickupRecord> get(String site, LocalDate day) {
        return Optional.ofNullable(records.get(PickupRecord.key(site, day)));
    }

    /** Our reference for a site's day, sent with the request and matched in pending status (at most 35). */
    static String reference(String site, LocalDate day) {
        return "X3UPS-PICKUP-" + site + "-" + day.format(REFERENCE_DAY);
    }

    /**
     * Books ({@code ON_CALL}) or triggers ({@code SMART}) the site's pickup of {@code day} unless that is done;
     * a booked day gets the orders shipped since it was booked added to its record. Returns the record as it stands.
     */
    PickupRecord settle(ShippingSite site, SitePickup settings, PickupKind kind, LocalDate day, boolean sameDay,
                        DayPackages packages) {
        PickupRecord current = records.get(PickupRecord.key(site.code(), day));
        if (current != null && current.state() != PickupState.PENDING) {
            return withLateOrders(current, packages);
        }
        if (current != null && kind == PickupKind.ON_CALL) {
            Optional<PickupRecord> found;
            try {
                found = findBooked(site, current);
            } catch (PickupDesk.UnknownPendingException e) {
                LOG.warn("Pickup {} is PENDING and UPS's pending status could not be read ({}); not booking again "
                        + "until it can", current.key(), e.getMessage());
                return current;
            }
            if (found.isPresent()) {
                return found.get();
            }
            LOG.info("UPS holds no pickup {} for reference {}; booking it again", current.key(), current.reference());
        }
        PickupRecord pending = new PickupRecord(site.code(), day, kind, PickupState.PENDING,
                reference(site.code(), day), null, kind == PickupKind.ON_CALL ? settings.readyTime() : null,
                kind == PickupKind.ON_CALL ? settings.closeTime() : null, packages.pieces(), packages.totalWeightKg(),
                packages.overweight(), packages.orderKeys(), null, null, null, clock.instant());
        PickupDesk.Request request = new PickupDesk.Request(site, day, pending.readyTime(), pending.closeTime(),
                pending.pieces(), pending.totalWeightKg(), pending.overweight(), pending.reference());
        Money charge = null;
        if (kind == PickupKind.ON_CALL && settings.rateFirst()) {
            PickupDesk.Answer rated = desk.rate(request);
            if (rated instanceof PickupDesk.Answer.Refused refused) {
                return failed(pending, refused);
            }
            charge = rated instanceof PickupDesk.Answer.Done done ? done.charge() : null;
        }
        write(pending);
        PickupDesk.Answer answer = kind == PickupKind.ON_CALL ? desk.book(request) : desk.trigger(site, sameDay);
        if (answer instanceof PickupDesk.Answer.Done done) {
            if (current != null) {
                metrics.pickupReconciled();
            } else {
                metrics.pickupBooked();
            }
            LOG.info("Pickup {} {} with PRN {} (packages: {})", pending.key(),
                    kind == PickupKind.ON_CALL ? "booked" : "triggered", done.prn(), packages.packageCount());
            return write(pending.with(PickupState.BOOKED, done.prn(), done.charge() == null ? charge : done.charge(),
                    null, movedBy(day, done.date()), clock.instant()));
        }
        if (answer instanceof PickupDesk.Answer.Refused refused) {
            return failed(pending, refused);
        }
        LOG.warn("Pickup {} had no usable answer ({}); left PENDING and looked for by reference before booking again",
                pending.key(), ((PickupDesk.Answer.Ambiguous) answer).reason());
        return pending;
    }

    /** Cancels a booked on-call pickup by PRN (the day's packages were all voided). */
    PickupRecord cancel(ShippingSite site, PickupRecord booked) {
        PickupDesk.Answer answer = desk.cancel(site, booked.prn());
        if (answer instanceof PickupDesk.Answer.Done) {
            LOG.info("Pickup {} (PRN {}) cancelled: no package left for it", booked.key(), booked.prn());
            metrics.pickupCancelled();
            return write(booked.with(PickupState.CANCELLED, booked.prn(), booked.charge(), null, null,
                    clock.instant()));
        }
        if (answer instanceof PickupDesk.Answer.Refused refused && booked.failureCode() == null) {
            LOG.warn("UPS refused to cancel pickup {} (PRN {}): {} {}", booked.key(), booked.prn(), refused.code(),
                    refused.message());
            return write(booked.with(PickupState.BOOKED, booked.prn(), booked.charge(), refused.code(),
                    "cancellation refused: " + refused.message(), clock.instant()));
        }
        return booked;
    }

    private Optional<PickupRecord> findBooked(ShippingSite site, PickupRecord pending)
            throws PickupDesk.UnknownPendingException {
        List<PickupDesk.Pending> held = desk.pending(site);
        for (PickupDesk.Pending p : held) {
            if (pending.reference().equals(p.reference()) && (p.date() == null || pending.date().equals(p.date()))) {
                metrics.pickupReconciled();
                LOG.info("Pickup {} found at UPS as PRN {}; recorded without booking again", pending.key(), p.prn());
                return Optional.of(write(pending.with(PickupState.BOOKED, p.prn(), null, null, null,
                        clock.instant())));
            }
        }
        return Optional.empty();
    }

    private PickupRecord withLateOrders(PickupRecord current, DayPackages packages) {
        if (current.state() != PickupState.BOOKED || current.orderKeys().containsAll(packages.orderKeys())) {
            return current;
        }
        TreeSet<String> orders = new TreeSet<>(current.orderKeys());
        orders.addAll(packages.orderKeys());
        return write(new PickupRecord(current.site(), current.date(), current.kind(), current.state(),
                current.reference(), current.prn(), current.readyTime(), current.closeTime(), current.pieces(),
                current.totalWeightKg(), current.overweight(), List.copyOf(orders), current.charge(),
                current.failureCode(), current.failureMessage(), clock.instant()));
    }

    private PickupRecord failed(PickupRecord pending, PickupDesk.Answer.Refused refused) {
        metrics.pickupFailed();
        LOG.warn("UPS refused pickup {}: {} {}", pending.key(), refused.code(), refused.message());
        return write(pending.with(PickupState.FAILED, null, null, refused.code(), refused.message(),
                clock.instant()));
    }

    /** A Smart trigger past UPS's cutoff lands on the next business day: said in the record. */
    private static String movedBy(LocalDate asked, LocalDate given) {
        return given == null || given.equals(asked) ? null : "UPS scheduled this pickup on " + given;
    }

    /**
     * Retires the days {@code old} accepts: a site this task owns gets a tombstone for the day, then every such
     * day leaves memory (another site's owner tombstones its own). Returns the days tombstoned. A failed tombstone
     * keeps the day for the next run.
     */
    int retire(Predicate<PickupRecord> old, Predicate<String> ownsSite) {
        int tombstoned = 0;
        for (Iterator<PickupRecord> it = records.values().iterator(); it.hasNext(); ) {
            PickupRecord record = it.next();
            if (!old.test(record)) {
                continue;
            }
            if (ownsSite.test(record.site())) {
                log.remove(record.key());
                tombstoned++;
            }
            it.remove();
        }
        return tombstoned;
    }

    /** The keys of the days held in memory, for tests. */
    java.util.Set<String> days() {
        return java.util.Set.copyOf(records.keySet());
    }

    void close() {
        log.close();
    }

    private PickupRecord write(PickupRecord record) {
        log.append(record);
        records.put(record.key(), record);
        return record;
    }
}
