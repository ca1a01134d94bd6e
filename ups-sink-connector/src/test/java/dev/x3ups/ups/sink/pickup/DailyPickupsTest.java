package dev.x3ups.ups.sink.pickup;

import static dev.x3ups.ups.sink.pickup.PickupFixtures.LOS_ANGELES;
import static dev.x3ups.ups.sink.pickup.PickupFixtures.NEW_YORK;
import static dev.x3ups.ups.sink.pickup.PickupFixtures.onCall;
import static dev.x3ups.ups.sink.pickup.PickupFixtures.shipped;
import static dev.x3ups.ups.sink.pickup.PickupFixtures.site;
import static dev.x3ups.ups.sink.pickup.PickupFixtures.smart;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.PickupRecord;
import dev.x3ups.records.PickupState;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.testing.MutableClock;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.site.PickupPolicy;
import dev.x3ups.ups.sink.site.ShippingSite;
import dev.x3ups.ups.sink.site.SitePickup;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DailyPickupsTest {
    private static final LocalDate TUESDAY = LocalDate.parse("2026-12-08");
    private final MutableClock clock = new MutableClock(at("2026-12-08T08:00"));
    private final Map<String, ShippingSite> sites = new LinkedHashMap<>();
    private final Map<String, SitePickup> settings = new LinkedHashMap<>();
    private final List<ShipmentLedgerEntry> ledger = new ArrayList<>();
    private final MemoryPickupLog log = new MemoryPickupLog();
    private final FakeDesk desk = new FakeDesk();
    private final AtomicInteger catchUps = new AtomicInteger();

    DailyPickupsTest() {
        sites.put("ATL", site("ATL", NEW_YORK));
        settings.put("ATL", onCall());
        sites.put("RNO", site("RNO", LOS_ANGELES));
        settings.put("RNO", smart());
        sites.put("MIS", site("MIS", NEW_YORK));
        settings.put("MIS", SitePickup.NONE);
    }

    private static java.time.Instant at(String newYorkTime) {
        return LocalDateTime.parse(newYorkTime).atZone(NEW_YORK).toInstant();
    }

    private DailyPickups plan(java.util.function.Predicate<String> owns) {
        return plan(owns, new PickupBooker(log, desk, new SinkMetrics(), clock));
    }

    private DailyPickups plan(java.util.function.Predicate<String> owns, PickupBooker booker) {
        return new DailyPickups(sites, settings, owns, catchUps::incrementAndGet, () -> List.copyOf(ledger), booker,
                clock);
    }

    private void advanceTo(String newYorkTime) {
        clock.advance(Duration.between(clock.instant(), at(newYorkTime)));
    }

    @Test
    void anOnCallSiteIsBookedOnceAtItsBookingTimeWithTheDaysPackages() {
        DailyPickups plan = plan(site -> true);
        ledger.add(shipped("SO1", "ATL", TUESDAY, "03", "US", "2"));
        plan.run();
        assertThat(desk.booked).as("before 15:00 nothing is booked").isEmpty();

        ledger.add(shipped("SO2", "ATL", TUESDAY, "03", "US", "1", "1"));
        advanceTo("2026-12-08T15:00");
        plan.run();
        advanceTo("2026-12-08T15:05");
        plan.run();

        assertThat(desk.booked).hasSize(1);
        assertThat(desk.booked.get(0).date()).isEqualTo(TUESDAY);
        assertThat(desk.booked.get(0).pieces()).singleElement().satisfies(p -> assertThat(p.quantity()).isEqualTo(3));
        assertThat(catchUps.get()).as("the ledger is caught up before each look").isEqualTo(3);
    }

    @Test
    void aDayWithNoPackagesBooksNothing() {
        DailyPickups plan = plan(site -> true);
        advanceTo("2026-12-08T16:00");
        plan.run();

        assertThat(desk.booked).isEmpty();
        assertThat(desk.triggered).isEmpty();
        assertThat(log.appended).isEmpty();
    }

    @Test
    void aSmartSiteIsTriggeredOnceAfterItsFirstPackageAndAgainTheNextDay() {
        DailyPickups plan = plan(site -> true);
        advanceTo("2026-12-08T12:00"); // 09:00 in Reno
        plan.run();
        ledger.add(shipped("SO1", "RNO", TUESDAY, "03", "US", "2"));
        plan.run();
        ledger.add(shipped("SO2", "RNO", TUESDAY, "03", "US", "2"));
        plan.run();
        advanceTo("2026-12-09T12:00");
        ledger.add(shipped("SO3", "RNO", TUESDAY.plusDays(1), "03", "US", "2"));
        plan.run();

        assertThat(desk.triggered).containsExactly("RNO:same-day", "RNO:same-day");
        assertThat(log.readAll()).containsKeys("RNO:2026-12-08", "RNO:2026-12-09");
        assertThat(log.readAll().get("RNO:2026-12-08").orderKeys()).containsExactly("SEED:SALES:SO1",
                "SEED:SALES:SO2");
    }

    @Test
    void aSmartShipmentAfterTheCutoffTriggersTheNextBusinessDay() {
        DailyPickups plan = plan(site -> true);
        advanceTo("2026-12-11T21:00"); // Friday 18:00 in Reno, after its 17:00 cutoff
        ledger.add(shipped("SO1", "RNO", LocalDate.parse("2026-12-14"), "03", "US", "2"));
        plan.run();

        assertThat(desk.triggered).containsExactly("RNO:next-day");
        assertThat(log.readAll()).containsKey("RNO:2026-12-14");
    }

    @Test
    void onlyTheOwningTaskArrangesASitesPickup() {
        ledger.add(shipped("SO1", "ATL", TUESDAY, "03", "US", "2"));
        ledger.add(shipped("SO2", "RNO", TUESDAY, "03", "US", "2"));
        advanceTo("2026-12-08T15:30");

        plan("RNO"::equals).run();

        assertThat(desk.booked).isEmpty();
        assertThat(desk.triggered).containsExactly("RNO:same-day");
    }

    @Test
    void aBookedDayWhosePackagesWereAllVoidedIsCancelledByPrn() {
        DailyPickups plan = plan(site -> true);
        ledger.add(shipped("SO1", "ATL", TUESDAY, "03", "US", "2"));
        advanceTo("2026-12-08T15:30");
        plan.run();
        ledger.set(0, ledger.get(0).toBuilder().state(ShipmentState.VOIDED).failureCode("CANCELLED").build());
        advanceTo("2026-12-08T16:00");
        plan.run();
        plan.run();

        assertThat(desk.cancelled).containsExactly("PRN1");
        PickupRecord record = log.readAll().get("ATL:2026-12-08");
        assertThat(record.state()).isEqualTo(PickupState.CANCELLED);
    }

    @Test
    void aWeekendBooksNothingOnCall() {
        DailyPickups plan = plan(site -> true);
        ledger.add(shipped("SO1", "ATL", LocalDate.parse("2026-12-12"), "03", "US", "2"));
        advanceTo("2026-12-12T15:30");
        plan.run();

        assertThat(desk.booked).isEmpty();
    }

    @Test
    void aSiteWithAScheduledPickupIsLeftAlone() {
        ledger.add(shipped("SO1", "MIS", TUESDAY, "03", "CA", "2"));
        advanceTo("2026-12-08T15:30");
        plan(site -> true).run();

        assertThat(settings.get("MIS").policy()).isEqualTo(PickupPolicy.NONE);
        assertThat(log.readAll()).doesNotContainKey("MIS:2026-12-08");
        assertThat(DailyPickups.anyPlanned(Map.of("MIS", SitePickup.NONE))).isFalse();
        assertThat(DailyPickups.anyPlanned(settings)).isTrue();
    }

    @Test
    void daysOlderThanTheRetentionAreTombstonedByTheSitesOwnerAndForgottenByEveryTask() {
        ledger.add(shipped("SO1", "ATL", TUESDAY, "03", "US", "2"));
        ledger.add(shipped("SO2", "RNO", TUESDAY, "03", "US", "2"));
        advanceTo("2026-12-08T15:00");
        plan(site -> true).run();
        assertThat(log.readAll()).containsKeys("ATL:2026-12-08", "RNO:2026-12-08");

        PickupBooker atlOwner = new PickupBooker(log, desk, new SinkMetrics(), clock);
        DailyPickups plan = plan("ATL"::equals, atlOwner);
        advanceTo("2026-12-12T23:00"); // Tuesday ended (New York) 4 days ago, less than 5
        plan.retireOldDays(Duration.ofDays(5));
        assertThat(log.removed).isEmpty();
        assertThat(atlOwner.days()).contains("ATL:2026-12-08", "RNO:2026-12-08");

        advanceTo("2026-12-14T05:00"); // both Tuesdays ended (New York, Los Angeles) more than 5 days ago
        plan.retireOldDays(Duration.ofDays(5));

        assertThat(log.removed).containsExactly("ATL:2026-12-08");
        assertThat(atlOwner.days()).as("RNO's Tuesday is its owner's to tombstone, but no longer held here")
                .doesNotContain("ATL:2026-12-08", "RNO:2026-12-08");
        assertThat(log.readAll()).doesNotContainKey("ATL:2026-12-08").containsKey("RNO:2026-12-08");
    }
}
