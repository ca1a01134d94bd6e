package dev.x3ups.ups.sink.pickup;

import static dev.x3ups.ups.sink.pickup.PickupFixtures.NEW_YORK;
import static dev.x3ups.ups.sink.pickup.PickupFixtures.onCall;
import static dev.x3ups.ups.sink.pickup.PickupFixtures.shipped;
import static dev.x3ups.ups.sink.pickup.PickupFixtures.site;
import static dev.x3ups.ups.sink.pickup.PickupFixtures.smart;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.PickupKind;
import dev.x3ups.records.PickupRecord;
import dev.x3ups.records.PickupState;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.site.ShippingSite;
import dev.x3ups.ups.sink.site.SitePickup;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PickupBookerTest {
    private static final LocalDate DAY = LocalDate.parse("2026-12-08");
    private static final String KEY = "ATL:2026-12-08";
    private final ShippingSite atl = site("ATL", NEW_YORK);
    private final MemoryPickupLog log = new MemoryPickupLog();
    private final FakeDesk desk = new FakeDesk();
    private final SinkMetrics metrics = new SinkMetrics();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-08T20:00:00Z"), ZoneOffset.UTC);
    private final DayPackages packages = DayPackages.of("ATL", DAY, List.of(
            shipped("SO1", "ATL", DAY, "03", "US", "2", "3"), shipped("SO2", "ATL", DAY, "07", "CA", "1")));

    private PickupBooker booker() {
        return new PickupBooker(log, desk, metrics, clock);
    }

    private PickupRecord book(PickupBooker booker, SitePickup settings) {
        return booker.settle(atl, settings, PickupKind.ON_CALL, DAY, true, packages);
    }

    @Test
    void booksTheDayOnceWithItsPackagesAndWindow() {
        PickupBooker booker = booker();

        PickupRecord booked = book(booker, onCall());
        book(booker, onCall());

        assertThat(booked.state()).isEqualTo(PickupState.BOOKED);
        assertThat(booked.prn()).isEqualTo("PRN1");
        assertThat(booked.packageCount()).isEqualTo(3);
        assertThat(booked.orderKeys()).containsExactly("SEED:SALES:SO1", "SEED:SALES:SO2");
        assertThat(desk.booked).hasSize(1);
        PickupDesk.Request request = desk.booked.get(0);
        assertThat(request.readyTime()).isEqualTo(onCall().readyTime());
        assertThat(request.closeTime()).isEqualTo(onCall().closeTime());
        assertThat(request.reference()).isEqualTo("X3UPS-PICKUP-ATL-20261208");
        assertThat(request.totalWeightKg()).isEqualByComparingTo("6");
        assertThat(log.states(KEY)).containsExactly("PENDING", "BOOKED");
        assertThat(metrics.pickupsBookedTotal()).isEqualTo(1);
    }

    @Test
    void aLostAnswerIsFoundInPendingStatusByReferenceNotBookedAgain() {
        desk.nextBookAnswers.add(new PickupDesk.Answer.Ambiguous("read timed out"));

        PickupRecord first = book(booker(), onCall());
        // the task is killed and restarted: it reads the topic back
        PickupRecord second = book(booker(), onCall());

        assertThat(first.state()).isEqualTo(PickupState.PENDING);
        assertThat(second.state()).isEqualTo(PickupState.BOOKED);
        assertThat(second.prn()).isEqualTo("PRN1");
        assertThat(desk.booked).as("UPS got one booking").hasSize(1);
        assertThat(metrics.pickupsReconciledTotal()).isEqualTo(1);
        assertThat(log.states(KEY)).containsExactly("PENDING", "BOOKED");
    }

    @Test
    void aPendingDayUpsNeverGotIsBookedAgainWithTheSameReference() {
        PickupBooker booker = booker();
        log.append(new PickupRecord("ATL", DAY, PickupKind.ON_CALL, PickupState.PENDING,
                PickupBooker.reference("ATL", DAY), null, null, null, List.of(), null, false, List.of(), null, null,
                null, Instant.EPOCH));

        PickupRecord booked = book(booker(), onCall());

        assertThat(booked.state()).isEqualTo(PickupState.BOOKED);
        assertThat(desk.booked).hasSize(1);
        assertThat(desk.booked.get(0).reference()).isEqualTo("X3UPS-PICKUP-ATL-20261208");
    }

    @Test
    void withoutPendingStatusAPendingDayWaitsRatherThanRiskASecondPickup() {
        desk.nextBookAnswers.add(new PickupDesk.Answer.Ambiguous("connection reset"));
        PickupBooker booker = booker();
        book(booker, onCall());
        desk.pendingUnknown = true;

        PickupRecord still = book(booker, onCall());

        assertThat(still.state()).isEqualTo(PickupState.PENDING);
        assertThat(desk.booked).hasSize(1);
    }

    @Test
    void aRefusalIsRecordedWithUpsReasonAndNotAskedAgain() {
        desk.nextBookAnswers.add(new PickupDesk.Answer.Refused("9510113", "Pickup date is not a business day"));
        PickupBooker booker = booker();

        PickupRecord failed = book(booker, onCall());
        book(booker, onCall());

        assertThat(failed.state()).isEqualTo(PickupState.FAILED);
        assertThat(failed.failureCode()).isEqualTo("9510113");
        assertThat(failed.failureMessage()).isEqualTo("Pickup date is not a business day");
        assertThat(log.states(KEY)).containsExactly("PENDING", "FAILED");
        assertThat(metrics.pickupsFailedTotal()).isEqualTo(1);
    }

    @Test
    void ratingFirstRecordsTheCharge() {
        SitePickup rating = new SitePickup(onCall().policy(), onCall().cutoff(), onCall().bookAt(),
                onCall().readyTime(), onCall().closeTime(), true);

        PickupRecord booked = book(booker(), rating);

        assertThat(desk.rated).hasSize(1);
        assertThat(booked.charge().amount()).isEqualByComparingTo("9.05");
    }

    @Test
    void ordersShippedAfterTheBookingJoinTheRecordWithoutASecondBooking() {
        PickupBooker booker = booker();
        book(booker, onCall());
        DayPackages later = DayPackages.of("ATL", DAY, List.of(shipped("SO1", "ATL", DAY, "03", "US", "2", "3"),
                shipped("SO2", "ATL", DAY, "07", "CA", "1"), shipped("SO9", "ATL", DAY, "03", "US", "1")));

        PickupRecord record = booker.settle(atl, onCall(), PickupKind.ON_CALL, DAY, true, later);

        assertThat(desk.booked).hasSize(1);
        assertThat(record.prn()).isEqualTo("PRN1");
        assertThat(record.orderKeys()).contains("SEED:SALES:SO9");
        assertThat(record.packageCount()).as("what was declared to UPS").isEqualTo(3);
    }

    @Test
    void aSmartTriggerLeftPendingIsSimplySentAgain() {
        PickupBooker booker = booker();
        log.append(new PickupRecord("ATL", DAY, PickupKind.SMART, PickupState.PENDING,
                PickupBooker.reference("ATL", DAY), null, null, null, List.of(), null, false, List.of(), null, null,
                null, Instant.EPOCH));

        PickupRecord triggered = booker().settle(atl, smart(), PickupKind.SMART, DAY, true, packages);

        assertThat(triggered.state()).isEqualTo(PickupState.BOOKED);
        assertThat(triggered.readyTime()).as("a Smart pickup has no window of ours").isNull();
        assertThat(desk.triggered).containsExactly("ATL:same-day");
        assertThat(desk.held).as("no pending-status look-up needed").isEmpty();
    }

    @Test
    void cancellingABookedDayRecordsItCancelled() {
        PickupBooker booker = booker();
        PickupRecord booked = book(booker, onCall());

        PickupRecord cancelled = booker.cancel(atl, booked);

        assertThat(cancelled.state()).isEqualTo(PickupState.CANCELLED);
        assertThat(desk.cancelled).containsExactly("PRN1");
        assertThat(metrics.pickupsCancelledTotal()).isEqualTo(1);
    }

    @Test
    void aRefusedCancellationKeepsTheBookingAndSaysWhyOnce() {
        PickupBooker booker = booker();
        PickupRecord booked = book(booker, onCall());
        desk.cancelAnswer = new PickupDesk.Answer.Refused("9510140", "driver dispatched");

        PickupRecord kept = booker.cancel(atl, booked);
        booker.cancel(atl, kept);

        assertThat(kept.state()).isEqualTo(PickupState.BOOKED);
        assertThat(kept.failureMessage()).contains("driver dispatched");
        assertThat(log.states(KEY)).containsExactly("PENDING", "BOOKED", "BOOKED");
    }
}
