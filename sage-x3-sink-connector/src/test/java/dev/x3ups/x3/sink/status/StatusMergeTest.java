package dev.x3ups.x3.sink.status;

import static dev.x3ups.x3.sink.testing.Records.ORDER;
import static dev.x3ups.x3.sink.testing.Records.created;
import static dev.x3ups.x3.sink.testing.Records.event;
import static dev.x3ups.x3.sink.testing.Records.failed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.TrackingEvent;
import dev.x3ups.x3.sink.testing.Records;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StatusMergeTest {

    private final StatusMerge merge = new StatusMerge(StatusVocabulary.parse(List.of("D=DLV", "I=TRN", "X=EXC")), "UPS");

    private final List<TrackingEvent> history = List.of(
            event(ORDER, "1Z1", "M", "2025-01-14T18:00:00Z", null, null, false, null),
            event(ORDER, "1Z1", "P", "2025-01-15T09:00:00Z", LocalDate.of(2025, 1, 17), null, false, null),
            event(ORDER, "1Z1", "I", "2025-01-15T20:00:00Z", LocalDate.of(2025, 1, 17), null, false, null),
            event(ORDER, "1Z1", "X", "2025-01-16T07:00:00Z", LocalDate.of(2025, 1, 18), null, true, "Weather delay"),
            event(ORDER, "1Z1", "I", "2025-01-17T06:00:00Z", LocalDate.of(2025, 1, 18), null, false, null),
            event(ORDER, "1Z1", "O", "2025-01-18T07:30:00Z", LocalDate.of(2025, 1, 18), null, false, null),
            event(ORDER, "1Z1", "D", "2025-01-18T14:02:03Z", null, Instant.parse("2025-01-18T14:02:03Z"), false, null));

    @Test
    void theFullHistoryEndsDelivered() {
        OrderTracking result = fold(history).tracking();
        assertThat(result.statusCode()).isEqualTo("DLV");
        assertThat(result.statusDescription()).isEqualTo("Delivered");
        assertThat(result.deliveredAt()).isEqualTo(Instant.parse("2025-01-18T14:02:03Z"));
        assertThat(result.scheduledDelivery()).isEqualTo(LocalDate.of(2025, 1, 18));
        assertThat(result.lastEventAt()).isEqualTo(Instant.parse("2025-01-18T14:02:03Z"));
        assertThat(result.exception()).isFalse();
        assertThat(result.carrier()).isEqualTo("UPS");
        assertThat(result.trackingNumbers()).containsExactly("1Z1");
    }

    @Test
    void anyArrivalOrderGivesTheSameResult() {
        OrderState inOrder = fold(history);
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            List<TrackingEvent> shuffled = new ArrayList<>(history);
            Collections.shuffle(shuffled, random);
            assertThat(fold(shuffled).tracking()).isEqualTo(inOrder.tracking());
        }
    }

    @Test
    void deliveredStaysDeliveredEvenAgainstALaterScan() {
        OrderState delivered = fold(history);
        OrderState after = merge.apply(delivered, event(ORDER, "1Z1", "I", "2025-01-19T10:00:00Z", null, null, false, null));
        assertThat(after.tracking().statusCode()).isEqualTo("DLV");
        assertThat(after.tracking().lastEventAt()).isEqualTo(Instant.parse("2025-01-18T14:02:03Z"));
    }

    @Test
    void freightAtTheDestinationStationIsNotTheEndALaterScanAndTheDeliveryFollow() {
        OrderState atStation = fold(List.of(history.get(0),
                event(ORDER, "1Z1", "DD", "2025-01-17T10:00:00Z", null, null, false, null)));
        assertThat(atStation.tracking().statusCode()).isEqualTo("DD");
        assertThat(atStation.tracking().deliveredAt()).isNull();

        OrderState moving = merge.apply(atStation, event(ORDER, "1Z1", "O", "2025-01-18T07:30:00Z", null, null, false, null));
        assertThat(moving.tracking().lastEventAt()).isEqualTo(Instant.parse("2025-01-18T07:30:00Z"));
        OrderState delivered = merge.apply(moving, history.get(6));
        assertThat(delivered.tracking().statusCode()).isEqualTo("DLV");
    }

    @Test
    void atOneInstantTheFurtherStatusWinsAndAnExceptionRanksWithInTransit() {
        assertThat(StatusMerge.rankAtOneInstant("O")).isGreaterThan(StatusMerge.rankAtOneInstant("I"));
        assertThat(StatusMerge.rankAtOneInstant("X")).isEqualTo(StatusMerge.rankAtOneInstant("I"));
        assertThat(StatusMerge.rankAtOneInstant(null)).isNegative();
        assertThat(StatusMerge.terminalRank("D")).isGreaterThan(StatusMerge.terminalRank("RS"));
        assertThat(StatusMerge.terminalRank("DD")).isZero();
    }

    @Test
    void aLaterExceptionIsShownAndALaterScanClearsIt() {
        OrderState inTransit = fold(history.subList(0, 3));
        OrderState exception = merge.apply(inTransit, history.get(3));
        assertThat(exception.tracking().exception()).isTrue();
        assertThat(exception.tracking().statusCode()).isEqualTo("EXC");
        assertThat(exception.tracking().exceptionCode()).isEqualTo("X1");
        assertThat(exception.tracking().exceptionReason()).isEqualTo("Weather delay");
        OrderState moving = merge.apply(exception, history.get(4));
        assertThat(moving.tracking().exception()).isFalse();
        assertThat(moving.tracking().exceptionReason()).isNull();
    }

    @Test
    void aReturnToTheShipperFlagsTheOrderEvenWhenTheEventCarriesNoExceptionFlag() {
        OrderState inTransit = fold(history.subList(0, 3));
        // Track reports a return as type RS without an exception flag; Track Alert as X with one.
        OrderState returned = merge.apply(inTransit,
                event(ORDER, "1Z1", "RS", "2025-01-18T10:00:00Z", null, null, false, null));

        assertThat(returned.tracking().exception()).isTrue();
        assertThat(returned.tracking().exceptionCode()).isEqualTo("RS1");
        assertThat(returned.tracking().exceptionReason()).isNotBlank();
        OrderState later = merge.apply(returned, event(ORDER, "1Z1", "I", "2025-01-19T10:00:00Z", null, null, false,
                null));
        assertThat(later.tracking()).isEqualTo(returned.tracking());
    }

    @Test
    void anOlderExceptionArrivingLateChangesNothing() {
        OrderState outForDelivery = fold(history.subList(0, 6));
        assertThat(merge.apply(outForDelivery, history.get(3)).tracking()).isEqualTo(outForDelivery.tracking());
    }

    @Test
    void reapplyingAnEventChangesNothing() {
        OrderState state = fold(history);
        for (TrackingEvent event : history) {
            assertThat(merge.apply(state, event)).isEqualTo(state);
        }
    }

    @Test
    void stateReadBackFromX3RanksAndDatesLikeTheWrittenOne() {
        OrderState written = fold(history.subList(0, 5));
        OrderState restarted = merge.fromX3(written.tracking());
        assertThat(restarted.upsType()).isEqualTo("I");
        for (TrackingEvent event : history.subList(0, 5)) {
            assertThat(merge.apply(restarted, event).tracking()).isEqualTo(written.tracking());
        }
        assertThat(merge.apply(restarted, history.get(6)).tracking().statusCode()).isEqualTo("DLV");
    }

    @Test
    void subSecondTimesCompareAsX3StoresThem() {
        TrackingEvent precise = event(ORDER, "1Z1", "I", "2025-01-15T20:00:00.750Z", null, null, false, null);
        OrderState state = merge.apply(OrderState.EMPTY, precise);
        OrderState fromX3 = merge.fromX3(state.tracking());
        assertThat(merge.apply(fromX3, precise).tracking()).isEqualTo(state.tracking());
    }

    @Test
    void packagesAddTheirTrackingNumbers() {
        OrderState state = merge.apply(OrderState.EMPTY, created(ORDER, "1Z2", "1Z1"));
        state = merge.apply(state, event(ORDER, "1Z3", "I", "2025-01-15T20:00:00Z", null, null, false, null));
        assertThat(state.tracking().trackingNumbers()).containsExactly("1Z2", "1Z1", "1Z3");
    }

    @Test
    void moreNumbersThanTheFieldHoldsKeepTheFirstInPackageOrderWithoutAnException() {
        StatusMerge narrow = new StatusMerge(StatusVocabulary.parse(List.of("D=DLV")), "UPS", new TrackingNumbers(3));
        OrderState state = narrow.apply(OrderState.EMPTY, created(ORDER, "1Z5", "1Z4", "1Z3", "1Z2", "1Z1"));
        assertThat(state.tracking().trackingNumbers()).containsExactly("1Z5", "1Z4", "1Z3");
        assertThat(state.tracking().exception()).isFalse();
        OrderState scanned = narrow.apply(state, event(ORDER, "1Z1", "D", "2025-01-16T10:00:00Z", null, null, false, null));
        assertThat(scanned.tracking().trackingNumbers()).containsExactly("1Z5", "1Z4", "1Z3");
        assertThat(scanned.tracking().statusCode()).isEqualTo("DLV");
        assertThat(scanned.tracking().exception()).isFalse();
    }

    @Test
    void createdLedgerEntryShowsALabelUntilTheFirstScan() {
        OrderState state = merge.apply(OrderState.EMPTY, created(ORDER, "1Z1"));
        assertThat(state.tracking().statusCode()).isEqualTo("M");
        assertThat(state.tracking().statusDescription()).isEqualTo(StatusMerge.CREATED_DESCRIPTION);
        assertThat(state.tracking().lastEventAt()).isNull();
        OrderState scanned = merge.apply(state, history.get(1));
        assertThat(scanned.tracking().statusCode()).isEqualTo("P");
        assertThat(merge.apply(scanned, created(ORDER, "1Z1"))).isEqualTo(scanned);
    }

    @Test
    void failedShipmentRaisesTheExceptionWithUpsCodeAndMessage() {
        OrderState state = merge.apply(OrderState.EMPTY, failed(ORDER, "120802", "Address Validation Error on ShipTo address"));
        assertThat(state.tracking().exception()).isTrue();
        assertThat(state.tracking().exceptionCode()).isEqualTo("120802");
        assertThat(state.tracking().exceptionReason()).isEqualTo("Address Validation Error on ShipTo address");
        assertThat(state.tracking().carrier()).isEqualTo("UPS");
    }

    @Test
    void aReshipAfterFailureClearsTheFlagAndAStaleFailureIsIgnored() {
        OrderState failed = merge.apply(OrderState.EMPTY, failed(ORDER, "120802", "bad address"));
        OrderState shipped = merge.apply(failed, created(ORDER, "1Z1"));
        assertThat(shipped.tracking().exception()).isFalse();
        assertThat(shipped.tracking().exceptionCode()).isNull();
        assertThat(merge.apply(shipped, failed(ORDER, "120802", "bad address"))).isEqualTo(shipped);
    }

    @Test
    void aFailureAboutAShipmentX3HoldsFlagsTheOrderAndKeepsItsNumbersAndStatus() {
        OrderState delivered = fold(history);
        ShipmentLedgerEntry retiredChanged = Records.ledger(ORDER, ShipmentState.FAILED, List.of("1Z1"),
                "RET_CHG", "Order changed in X3 after its shipment 1Z1 was final and retired from the ledger");

        OrderState flagged = merge.apply(delivered, retiredChanged);
        assertThat(flagged.tracking().trackingNumbers()).containsExactly("1Z1");
        assertThat(flagged.tracking().statusCode()).isEqualTo("DLV");
        assertThat(flagged.tracking().deliveredAt()).isEqualTo(delivered.tracking().deliveredAt());
        assertThat(flagged.tracking().exception()).isTrue();
        assertThat(flagged.tracking().exceptionCode()).isEqualTo("RET_CHG");
        assertThat(flagged.tracking().exceptionReason()).contains("1Z1 was final");

        OrderState unknownToX3Sink = merge.apply(OrderState.EMPTY, retiredChanged);
        assertThat(unknownToX3Sink.tracking().trackingNumbers()).containsExactly("1Z1");
        assertThat(unknownToX3Sink.tracking().exceptionCode()).isEqualTo("RET_CHG");
    }

    @Test
    void aHeldOrderIsFlaggedWithUpsCandidatesAndItsCorrectedShipmentClearsTheFlag() {
        String reason = "UPS finds the ship-to ambiguous; correct it in X3 and save the order. UPS candidates: "
                + "100 MAIN ST, SPRINGFIELD IL 62701-1234, US | 100 MAIN ST N, SPRINGFIELD IL 62702, US";
        OrderState held = merge.apply(OrderState.EMPTY,
                Records.ledger(ORDER, ShipmentState.HELD, List.of(), "ADDR_AMBIG", reason));
        assertThat(held.tracking().exception()).isTrue();
        assertThat(held.tracking().exceptionCode()).isEqualTo("ADDR_AMBIG");
        assertThat(held.tracking().exceptionReason()).isEqualTo(reason);
        assertThat(merge.apply(OrderState.EMPTY, Records.ledger(ORDER, ShipmentState.HELD, List.of(), "ADDR_UNKN", null))
                .tracking().exceptionReason()).isEqualTo(StatusMerge.HELD_REASON);

        OrderState shipped = merge.apply(held, created(ORDER, "1Z1"));
        assertThat(shipped.tracking().exception()).isFalse();
        assertThat(merge.apply(shipped, Records.ledger(ORDER, ShipmentState.HELD, List.of(), "ADDR_AMBIG", reason)))
                .isEqualTo(shipped);
    }

    @Test
    void aScanOvertakingTheCreatedEntryStillClearsAnEarlierFailure() {
        OrderState failed = merge.apply(OrderState.EMPTY, failed(ORDER, "120802", "bad address"));
        OrderState scanned = merge.apply(failed, history.get(0));
        OrderState shipped = merge.apply(scanned, created(ORDER, "1Z1"));

        assertThat(shipped.tracking().exception()).isFalse();
        assertThat(shipped.tracking().exceptionCode()).isNull();
        assertThat(shipped.ledgerNote()).isFalse();
    }

    @Test
    void aPendingEntryChangesNothing() {
        OrderState state = merge.apply(OrderState.EMPTY, created(ORDER, "1Z1"));
        assertThat(merge.apply(state, Records.ledger(ORDER, ShipmentState.PENDING, List.of(), null, null))).isEqualTo(state);
    }

    private static ShipmentLedgerEntry voided(String code, String message, String... numbers) {
        return Records.ledger(ORDER, ShipmentState.VOIDED, List.of(numbers), code, message).toBuilder()
                .updatedAt(Instant.parse("2025-01-15T10:00:00Z")).build();
    }

    private static ShipmentLedgerEntry reshipped(String... numbers) {
        return created(ORDER, numbers).toBuilder().shipmentId("SID2").voidedShipmentIds(List.of("SID1")).build();
    }

    @Test
    void aVoidShowsAsVoidedWithItsReasonAndFlagsOnlyTheReasonsThatNeedSomeone() {
        OrderState labelled = merge.apply(merge.apply(OrderState.EMPTY, created(ORDER, "1Z1")), history.get(0));

        OrderTracking cancelled = merge.apply(labelled, voided("CANCELLED", "order cancelled in X3", "1Z1")).tracking();
        assertThat(cancelled.statusCode()).isEqualTo("MV");
        assertThat(cancelled.statusDescription()).isEqualTo(VoidedDisplay.DESCRIPTION);
        assertThat(cancelled.exception()).as("a cancelled order needs nobody").isFalse();
        assertThat(cancelled.exceptionCode()).isEqualTo("CANCELLED");
        assertThat(cancelled.exceptionReason()).isEqualTo("order cancelled in X3");
        assertThat(cancelled.trackingNumbers()).as("says which shipment was voided").containsExactly("1Z1");
        assertThat(cancelled.lastEventAt()).isEqualTo(Instant.parse("2025-01-15T10:00:00Z"));

        OrderTracking unused = merge.apply(labelled, voided("UNUSED_LBL", "no pickup scan", "1Z1")).tracking();
        assertThat(unused.exception()).as("an unused label leaves the order unshipped").isTrue();
        assertThat(unused.exceptionCode()).isEqualTo("UNUSED_LBL");

        StatusMerge mapped = new StatusMerge(StatusVocabulary.parse(List.of("MV=VOID")), "UPS", new TrackingNumbers(10),
                new VoidedDisplay(java.util.Set.of("CANCELLED")));
        OrderTracking configured = mapped.apply(labelled, voided("CANCELLED", "order cancelled in X3", "1Z1")).tracking();
        assertThat(configured.statusCode()).as("the status vocabulary names the void").isEqualTo("VOID");
        assertThat(configured.exception()).isTrue();
    }

    @Test
    void anOrderCancelledBeforeItShippedIsNotShippedAndItsFailureFlagGoes() {
        OrderState failed = merge.apply(OrderState.EMPTY, failed(ORDER, "120802", "bad address"));
        OrderTracking withdrawn = merge.apply(failed, voided("CANCELLED", "order cancelled in X3 before it shipped"))
                .tracking();

        assertThat(withdrawn.statusDescription()).isEqualTo(VoidedDisplay.NOT_SHIPPED);
        assertThat(withdrawn.exception()).isFalse();
        assertThat(withdrawn.exceptionCode()).isEqualTo("CANCELLED");
    }

    @Test
    void aShipmentAfterANeverShippedVoidIsShownAsCreated() {
        OrderState withdrawn = merge.apply(OrderState.EMPTY, voided("CANCELLED", "order cancelled in X3 before it shipped"));

        OrderState shipped = merge.apply(withdrawn, created(ORDER, "1Z5"));

        assertThat(shipped.tracking().trackingNumbers()).containsExactly("1Z5");
        assertThat(shipped.tracking().statusDescription()).isEqualTo(StatusMerge.CREATED_DESCRIPTION);
        assertThat(shipped.tracking().exceptionCode()).isNull();
    }

    @Test
    void eventsOfAVoidedShipmentNoLongerTouchTheOrderAndAReDeliveredCreatedChangesNothing() {
        OrderState voidedState = merge.apply(merge.apply(OrderState.EMPTY, created(ORDER, "1Z1")),
                voided("CANCELLED", "order cancelled in X3", "1Z1"));

        assertThat(merge.apply(voidedState, event(ORDER, "1Z1", "MV", "2025-01-15T11:00:00Z", null, null, false, null)))
                .isEqualTo(voidedState);
        assertThat(merge.apply(voidedState, event(ORDER, "1Z1", "X", "2025-01-15T12:00:00Z", null, null, true, "?")))
                .isEqualTo(voidedState);
        assertThat(merge.apply(voidedState, created(ORDER, "1Z1"))).isEqualTo(voidedState);
        assertThat(merge.apply(voidedState, voided("CANCELLED", "order cancelled in X3", "1Z1"))).isEqualTo(voidedState);
    }

    @Test
    void aFlagOnALiveShipmentStaysThroughLaterScans() {
        OrderState pickedUp = fold(history.subList(0, 2));
        ShipmentLedgerEntry flaggedEntry = created(ORDER, "1Z1").toBuilder().failureCode("CANCEL_PU")
                .failureMessage("CANCEL_AFTER_PICKUP: order cancelled after UPS picked up tracking number 1Z1").build();

        OrderState flagged = merge.apply(merge.apply(OrderState.EMPTY, created(ORDER, "1Z1")), history.get(0));
        flagged = merge.apply(merge.apply(flagged, history.get(1)), flaggedEntry);
        assertThat(flagged.tracking().exception()).isTrue();
        assertThat(flagged.tracking().exceptionCode()).isEqualTo("CANCEL_PU");
        assertThat(flagged.tracking().exceptionReason()).contains("1Z1");
        assertThat(flagged.tracking().statusCode()).as("the carrier status stays").isEqualTo(pickedUp.tracking().statusCode());

        OrderState moving = merge.apply(flagged, history.get(2));
        assertThat(moving.tracking().statusCode()).isEqualTo("TRN");
        assertThat(moving.tracking().exceptionCode()).isEqualTo("CANCEL_PU");
        assertThat(moving.tracking().exception()).isTrue();
        assertThat(merge.apply(moving, flaggedEntry)).as("re-delivered").isEqualTo(moving);

        OrderState restarted = merge.fromX3(moving.tracking());
        assertThat(restarted.ledgerNote()).as("a code beside a status that is no exception is the ledger's").isTrue();
        assertThat(merge.apply(restarted, history.get(4)).tracking().exceptionCode()).isEqualTo("CANCEL_PU");
    }

    @Test
    void aReshipLeavesTheNewNumberOnlyAndClearsTheOldFlags() {
        OrderState old = merge.apply(merge.apply(OrderState.EMPTY, created(ORDER, "1Z1", "1Z1B")), history.get(0));
        old = merge.apply(old, created(ORDER, "1Z1", "1Z1B").toBuilder().failureCode("CHANGED")
                .failureMessage("order changed after it shipped").build());
        assertThat(old.tracking().exception()).isTrue();

        OrderState reshipped = merge.apply(old, reshipped("1Z2"));

        assertThat(reshipped.tracking().trackingNumbers()).containsExactly("1Z2");
        assertThat(reshipped.tracking().exception()).isFalse();
        assertThat(reshipped.tracking().exceptionCode()).isNull();
        assertThat(reshipped.tracking().statusDescription()).isEqualTo(StatusMerge.CREATED_DESCRIPTION);
        assertThat(reshipped.tracking().lastEventAt()).isNull();
        assertThat(merge.apply(reshipped, reshipped("1Z2"))).as("re-delivered").isEqualTo(reshipped);

        OrderState oldVoidScan = merge.apply(reshipped,
                event(ORDER, "1Z1", "MV", "2025-01-15T11:00:00Z", null, null, false, null));
        assertThat(oldVoidScan).as("the old shipment's events are not the order's").isEqualTo(reshipped);
        assertThat(merge.apply(reshipped, event(ORDER, "1Z1B", "M", "2025-01-15T11:00:00Z", null, null, false, null)))
                .isEqualTo(reshipped);
        OrderState newScan = merge.apply(reshipped, event(ORDER, "1Z2", "P", "2025-01-15T12:00:00Z", null, null, false, null));
        assertThat(newScan.tracking().statusCode()).isEqualTo("P");
        assertThat(newScan.tracking().trackingNumbers()).containsExactly("1Z2");
    }

    @Test
    void afterARestartUpsOwnVoidScanOfANumberTheOrderNoLongerHoldsIsIgnored() {
        OrderState reshipped = merge.apply(merge.apply(OrderState.EMPTY, created(ORDER, "1Z1")), reshipped("1Z2"));
        OrderState restarted = merge.fromX3(reshipped.tracking());

        assertThat(merge.apply(restarted, event(ORDER, "1Z1", "MV", "2025-01-15T11:00:00Z", null, null, false, null)))
                .isEqualTo(restarted);
    }

    @Test
    void aReshipIntentVoidsTheOldNumbersAtOnceAndAShipmentThatStaysLiveIsTheOrdersAgain() {
        OrderState shipped = merge.apply(OrderState.EMPTY, created(ORDER, "1Z1"));
        ShipmentLedgerEntry intent = Records.ledger(ORDER, ShipmentState.PENDING, List.of("1Z1"), null, null).toBuilder()
                .voidedShipmentIds(List.of("SID1")).build();

        OrderState voiding = merge.apply(shipped, intent);
        assertThat(voiding.tracking()).isEqualTo(shipped.tracking());
        assertThat(voiding.voidedNumbers()).containsExactly("1Z1");
        assertThat(merge.apply(voiding, event(ORDER, "1Z1", "MV", "2025-01-15T11:00:00Z", null, null, false, null)))
                .isEqualTo(voiding);

        OrderState stillLive = merge.apply(voiding, created(ORDER, "1Z1"));
        assertThat(stillLive.voidedNumbers()).as("the void was refused").isEmpty();
        assertThat(merge.apply(stillLive, history.get(1)).tracking().statusCode()).isEqualTo("P");
    }

    @Test
    void aReshipWhoseFirstScanOvertookTheLedgerKeepsThatScan() {
        OrderState old = merge.apply(OrderState.EMPTY, created(ORDER, "1Z1"));
        OrderState scanned = merge.apply(old, event(ORDER, "1Z2", "P", "2025-01-15T12:00:00Z", null, null, false, null));

        OrderState reshipped = merge.apply(scanned, reshipped("1Z2"));

        assertThat(reshipped.tracking().trackingNumbers()).containsExactly("1Z2");
        assertThat(reshipped.tracking().statusCode()).isEqualTo("P");
    }

    private OrderState fold(List<TrackingEvent> events) {
        OrderState state = OrderState.EMPTY;
        for (TrackingEvent event : events) {
            state = merge.apply(state, event);
        }
        return state;
    }
}
