package dev.x3ups.ups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.pickup.PendingPickup;
import dev.x3ups.ups.client.pickup.PickupCancellation;
import dev.x3ups.ups.client.pickup.PickupKind;
import dev.x3ups.ups.client.pickup.PickupOutcome;
import dev.x3ups.ups.client.pickup.PickupRate;
import dev.x3ups.ups.client.pickup.PickupStatus;
import dev.x3ups.ups.client.pickup.Pickups;
import dev.x3ups.ups.client.pickup.SmartPickupTrigger;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.simulator.fault.FaultSpec;
import dev.x3ups.ups.simulator.fault.TimeoutMode;
import dev.x3ups.ups.simulator.pickup.PickupBooking;
import dev.x3ups.ups.simulator.pickup.SiteCalendar;
import dev.x3ups.ups.simulator.pickup.SiteDay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Book, trigger, rate, list and cancel pickups against the simulator, every body checked against Pickup.yaml. The
 * simulator clock is frozen at 07:00 in New York on Tuesday 2026-12-08 (the test warehouse is in New Jersey) and
 * moved by the tests.
 */
class PickupContractTest {
    private static final Instant TUESDAY_7AM_NEW_YORK = Instant.parse("2026-12-08T12:00:00Z");
    private static final String SITE = SiteDay.siteKey("US", "07401");
    private SimulatorHarness harness;

    @BeforeEach
    void start() {
        harness = SimulatorHarness.start(sim -> sim.clockStart(TUESDAY_7AM_NEW_YORK).clockSpeed(0), c -> { });
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private PickupOutcome book(String reference, LocalDate day) throws Exception {
        return harness.clients.pickup().book(Pickups.onCall(reference).date(day).build()).get(20, TimeUnit.SECONDS);
    }

    private String prn(PickupOutcome outcome) {
        assertThat(outcome).isInstanceOf(PickupOutcome.Booked.class);
        return ((PickupOutcome.Booked) outcome).prn();
    }

    @Test
    void ratesBooksAndListsAnOnCallPickupWithItsPieces() throws Exception {
        PickupRate rate = harness.clients.pickup().rate(Pickups.onCall("R").build(), PickupKind.ON_CALL)
                .get(20, TimeUnit.SECONDS);
        assertThat(rate.rateType()).isEqualTo("SD");
        assertThat(rate.total().amount()).isPositive();

        PickupOutcome outcome = book("ACME-NJ1-20261208", Pickups.DAY);
        String prn = prn(outcome);
        assertThat(prn).hasSize(11);
        assertThat(((PickupOutcome.Booked) outcome).rate().total().currency()).isEqualTo("USD");

        List<PickupBooking> booked = harness.sim.pickups().bookings().at(SITE, Pickups.DAY);
        assertThat(booked).singleElement().satisfies(b -> {
            assertThat(b.prn()).isEqualTo(prn);
            assertThat(b.packageCount()).isEqualTo(31);
            assertThat(b.pieces()).extracting(PickupBooking.Piece::serviceCode).containsExactly("003", "065");
            assertThat(b.reference()).isEqualTo("ACME-NJ1-20261208");
        });

        List<PendingPickup> pending = harness.clients.pickup().pending(PickupKind.ON_CALL).get(20, TimeUnit.SECONDS);
        assertThat(pending).singleElement().satisfies(p -> {
            assertThat(p.prn()).isEqualTo(prn);
            assertThat(p.reference()).isEqualTo("ACME-NJ1-20261208");
            assertThat(p.serviceDate()).isEqualTo(Pickups.DAY);
            assertThat(p.status()).isEqualTo(PickupStatus.PROCESSING);
        });
        assertThat(harness.sim.counters().count(ApiEndpoint.PICKUP)).isEqualTo(1);
        harness.assertContractKept();
    }

    @Test
    void aSecondOnCallForTheSameSiteAndDayIsASecondChargedPickup() throws Exception {
        String first = prn(book("R1", Pickups.DAY));
        String second = prn(book("R1", Pickups.DAY));
        assertThat(second).isNotEqualTo(first);
        assertThat(harness.sim.pickups().bookings().duplicates()).containsEntry(new SiteDay(SITE, Pickups.DAY), 2);

        harness.sim.pickups().setSamePrnForSameSiteDay(true);
        assertThat(prn(book("R1", Pickups.DAY))).as("the variant Pickup.yaml's PRN text suggests").isEqualTo(first);
        assertThat(harness.sim.pickups().bookings().at(SITE, Pickups.DAY)).hasSize(2);
        harness.assertContractKept();
    }

    @Test
    void smartPickupIsNewThenExistingAndMovesToTheNextBusinessDayAfterTheCallByTime() throws Exception {
        SmartPickupTrigger first = harness.clients.pickup().triggerSmart(SmartPickupTrigger.When.SAME_DAY, "NJ1")
                .get(20, TimeUnit.SECONDS);
        assertThat(first.status()).isEqualTo(SmartPickupTrigger.Status.NEW);
        assertThat(first.serviceDate()).isEqualTo(Pickups.DAY);
        assertThat(first.nextBusinessDay()).isFalse();
        SmartPickupTrigger again = harness.clients.pickup().triggerSmart(SmartPickupTrigger.When.SAME_DAY, "NJ1")
                .get(20, TimeUnit.SECONDS);
        assertThat(again.status()).isEqualTo(SmartPickupTrigger.Status.EXISTING);
        assertThat(again.prn()).isEqualTo(first.prn());

        // the default Smart account's profile is in UTC with call-by 18:00
        harness.sim.advanceClock(Duration.ofHours(7));
        SmartPickupTrigger late = harness.clients.pickup().triggerSmart(SmartPickupTrigger.When.SAME_DAY, "NJ1")
                .get(20, TimeUnit.SECONDS);
        assertThat(late.status()).isEqualTo(SmartPickupTrigger.Status.NEW);
        assertThat(late.serviceDate()).isEqualTo(Pickups.DAY.plusDays(1));
        assertThat(late.nextBusinessDay()).isTrue();
        assertThat(harness.clients.pickup().pending(PickupKind.SMART).get(20, TimeUnit.SECONDS))
                .as("Tuesday's Smart pickup (18:00-19:00) is done and no longer pending")
                .extracting(PendingPickup::prn).containsExactly(late.prn());
        harness.assertContractKept();
    }

    @Test
    void cancelsOnceThenAlreadyCancelledAndRefusesOnceTheDriverIsDispatched() throws Exception {
        String prn = prn(book("R1", Pickups.DAY));
        assertThat(harness.clients.pickup().cancel(prn).get(20, TimeUnit.SECONDS).result())
                .isEqualTo(PickupCancellation.Result.CANCELLED);
        assertThat(harness.clients.pickup().cancel(prn).get(20, TimeUnit.SECONDS).result())
                .isEqualTo(PickupCancellation.Result.ALREADY_CANCELLED);
        assertThat(harness.clients.pickup().pending(PickupKind.BOTH).get(20, TimeUnit.SECONDS))
                .singleElement().extracting(PendingPickup::status).isEqualTo(PickupStatus.CANCELLED);

        String other = prn(book("R2", Pickups.DAY));
        harness.sim.advanceClock(Duration.ofHours(3)); // 10:00 in New York: the 09:00–17:30 window is open
        PickupCancellation late = harness.clients.pickup().cancel(other).get(20, TimeUnit.SECONDS);
        assertThat(late.result()).isEqualTo(PickupCancellation.Result.TOO_LATE);
        assertThat(harness.sim.pickups().bookings().byPrn(other).orElseThrow().cancelled()).isFalse();
        harness.assertContractKept();
    }

    @Test
    void aBookingWhoseAnswerIsLostIsFoundAgainByOurReference() throws Exception {
        harness.sim.faults().set(ApiEndpoint.PICKUP, FaultSpec.none()
                .withTimeouts(1.0, TimeoutMode.AFTER_PROCESSING, Duration.ofMillis(200)));
        PickupOutcome outcome = book("ACME-NJ1-20261208", Pickups.DAY);
        assertThat(outcome).isInstanceOf(PickupOutcome.Ambiguous.class);
        harness.sim.faults().clearAll();

        List<PickupBooking> booked = harness.sim.pickups().bookings().at(SITE, Pickups.DAY);
        assertThat(booked).as("UPS booked it although we never heard").hasSize(1);
        assertThat(harness.clients.pickup().pending(PickupKind.ON_CALL).get(20, TimeUnit.SECONDS))
                .filteredOn(p -> "ACME-NJ1-20261208".equals(p.reference()))
                .singleElement().extracting(PendingPickup::prn).isEqualTo(booked.get(0).prn());
    }

    @Test
    void refusesSameDayAfterTheCallByTimeAndDaysWithoutService() throws Exception {
        harness.sim.pickups().configureSite("US", "07401", SiteCalendar.weekdays(ZoneId.of("America/New_York"))
                .withCallBy(LocalTime.of(10, 0)).withHoliday(Pickups.DAY.plusDays(2)));
        harness.sim.advanceClock(Duration.ofHours(4)); // 11:00 in New York
        assertThat(book("R", Pickups.DAY)).isInstanceOfSatisfying(PickupOutcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo("9510001"));
        LocalDate saturday = LocalDate.of(2026, 12, 12);
        assertThat(book("R", saturday)).isInstanceOfSatisfying(PickupOutcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo("9510002"));
        assertThat(book("R", Pickups.DAY.plusDays(2))).as("holiday").isInstanceOfSatisfying(
                PickupOutcome.Rejected.class, r -> assertThat(r.code()).isEqualTo("9510002"));
        assertThat(book("R", Pickups.DAY.minusDays(1))).isInstanceOfSatisfying(PickupOutcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo("9510003"));
        assertThat(book("R", Pickups.DAY.plusDays(1))).isInstanceOf(PickupOutcome.Booked.class);
        assertThat(harness.sim.pickups().bookings().all()).hasSize(1);
        harness.assertContractKept();
    }

    @Test
    void theSimulatorClockDrivesTheDaysThatPendingStatusShows() throws Exception {
        String tuesday = prn(book("TUE", Pickups.DAY));
        harness.sim.advanceClock(Duration.ofDays(1));
        String wednesday = prn(book("WED", Pickups.DAY.plusDays(1)));
        String thursdayBookedEarly = prn(book("THU", Pickups.DAY.plusDays(2)));
        assertThat(harness.clients.pickup().pending(PickupKind.ON_CALL).get(20, TimeUnit.SECONDS))
                .as("today and tomorrow, the completed Tuesday pickup gone")
                .extracting(PendingPickup::prn).containsExactlyInAnyOrder(wednesday, thursdayBookedEarly)
                .doesNotContain(tuesday);
        assertThat(harness.sim.pickups().bookings().livePerSiteDay()).hasSize(3).allSatisfy((day, n) ->
                assertThat(n).isEqualTo(1));
        harness.assertContractKept();
    }
}
