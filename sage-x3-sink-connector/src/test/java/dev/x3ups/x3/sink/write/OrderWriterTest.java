package dev.x3ups.x3.sink.write;

import static dev.x3ups.x3.sink.testing.Records.ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.OrderKey;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3TransientException;
import dev.x3ups.x3.sink.intake.OrderUpdate;
import dev.x3ups.x3.sink.metrics.SinkMetrics;
import dev.x3ups.x3.sink.status.OrderTracking;
import dev.x3ups.x3.sink.status.StatusMerge;
import dev.x3ups.x3.sink.status.StatusVocabulary;
import dev.x3ups.x3.sink.status.TrackedField;
import dev.x3ups.x3.sink.status.TrackingNumbers;
import dev.x3ups.x3.sink.testing.InMemoryTarget;
import dev.x3ups.x3.sink.testing.Records;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OrderWriterTest {

    private final OrderKey order = OrderKey.parse(ORDER);
    private final InMemoryTarget target = new InMemoryTarget();
    private final SinkMetrics metrics = new SinkMetrics();
    private final StatusMerge merge = new StatusMerge(StatusVocabulary.parse(StatusVocabulary.DEFAULT_ENTRIES), "UPS");
    private final AtomicLong nanos = new AtomicLong();
    private KnownStates known = new KnownStates(100);

    private OrderWriter writer() {
        return new OrderWriter(target, merge, known, new Retrier(3, Duration.ofMillis(1), Duration.ofMillis(2), d -> { }),
                metrics, () -> nanos.addAndGet(5_000_000));
    }

    /** The shipped default: blind create when likely new, milestones only. */
    private OrderWriter economical() {
        return economical(Milestones.parse(Milestones.DEFAULT), false);
    }

    private OrderWriter economical(Milestones milestones, boolean readBeforeWrite) {
        return new OrderWriter(target, merge, known, new Retrier(3, Duration.ofMillis(1), Duration.ofMillis(2), d -> { }),
                metrics, () -> nanos.addAndGet(5_000_000), new CapacityWarnings(TrackingNumbers.DEFAULT_CAPACITY, 100),
                new OrderWriter.Policy(milestones, readBeforeWrite, 100));
    }

    private OrderUpdate event(String number, String type, String time) {
        return new OrderUpdate.Tracking(order, Records.event(number, type, time));
    }

    private final List<OrderUpdate> history = List.of(
            new OrderUpdate.Ledger(order, Records.created(ORDER, "1Z1")),
            new OrderUpdate.Tracking(order, Records.event("1Z1", "P", "2025-01-15T09:00:00Z")),
            new OrderUpdate.Tracking(order, Records.event("1Z1", "I", "2025-01-15T20:00:00Z")),
            new OrderUpdate.Tracking(order, Records.event("1Z1", "D", "2025-01-16T12:00:00Z")));

    @Test
    void coalescesABatchIntoOneCreate() throws Exception {
        assertThat(writer().write(order, history)).isEqualTo(Outcome.WRITTEN);
        assertThat(target.reads).hasValue(1);
        assertThat(target.writes).hasSize(1);
        assertThat(target.writes.get(0).exists()).isFalse();
        assertThat(target.records.get(order).statusCode()).isEqualTo("D");
        assertThat(metrics.writes()).isEqualTo(1);
        assertThat(metrics.writeLatencyAvgMillis()).isEqualTo(5.0);
    }

    @Test
    void editsOnlyWhatChangedAndReadsOnlyOnce() throws Exception {
        OrderWriter writer = writer();
        writer.write(order, history.subList(0, 3));
        writer.write(order, history.subList(3, 4));
        assertThat(target.reads).hasValue(1);
        assertThat(target.writes).hasSize(2);
        assertThat(target.writes.get(1).exists()).isTrue();
        assertThat(target.writes.get(1).changed()).containsExactlyInAnyOrder(TrackedField.STATUS_CODE,
                TrackedField.STATUS_DESCRIPTION, TrackedField.DELIVERED_AT, TrackedField.LAST_EVENT_AT);
    }

    @Test
    void redeliveryAfterARestartWritesNothing() throws Exception {
        writer().write(order, history);
        known = new KnownStates(100);
        assertThat(writer().write(order, history)).isEqualTo(Outcome.UNCHANGED);
        assertThat(target.reads).hasValue(2);
        assertThat(target.writes).hasSize(1);
        assertThat(metrics.skippedUnchanged()).isEqualTo(1);
    }

    @Test
    void anOlderEventAfterARestartDoesNotRegressX3() throws Exception {
        writer().write(order, history);
        known = new KnownStates(100);
        assertThat(writer().write(order, List.of(history.get(2)))).isEqualTo(Outcome.UNCHANGED);
        assertThat(target.records.get(order).statusCode()).isEqualTo("D");
    }

    @Test
    void comparesOnlyTheFieldsTheTargetKeeps() throws Exception {
        InMemoryTarget narrow = new InMemoryTarget(EnumSet.of(TrackedField.TRACKING_NUMBERS, TrackedField.STATUS_CODE,
                TrackedField.LAST_EVENT_AT));
        OrderWriter writer = new OrderWriter(narrow, merge, known, new Retrier(1, Duration.ZERO, Duration.ZERO, d -> { }),
                metrics, System::nanoTime);
        writer.write(order, history.subList(0, 2));
        // Narrow targets store only their fields; simulate what X3 gives back after a restart.
        OrderTracking stored = narrow.records.get(order);
        narrow.records.put(order, new OrderTracking(stored.trackingNumbers(), null, stored.statusCode(), null, null, null,
                false, null, null, stored.lastEventAt()));
        known.clear();
        assertThat(writer.write(order, history.subList(0, 2))).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void retriesTransientFailuresThenWrites() throws Exception {
        target.failNext(new X3TransientException("Internal server error", 500, null),
                new X3TransientException("Web service pool is busy, retry later", 200, null));
        assertThat(writer().write(order, history)).isEqualTo(Outcome.WRITTEN);
        assertThat(target.records.get(order).deliveredAt()).isEqualTo(Instant.parse("2025-01-16T12:00:00Z"));
    }

    @Test
    void persistentTransientFailureAsksForRedeliveryAndKeepsTheLastWrittenState() throws Exception {
        OrderWriter writer = writer();
        writer.write(order, history.subList(0, 2));
        target.failNext(new X3TransientException("a", 503, null), new X3TransientException("b", 503, null),
                new X3TransientException("c", 503, null));
        Outcome outcome = writer.write(order, history.subList(2, 4));
        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.RETRY);
        assertThat(outcome.message()).isEqualTo("c");
        assertThat(writer.write(order, history.subList(2, 4))).isEqualTo(Outcome.WRITTEN);
        assertThat(target.records.get(order).statusCode()).isEqualTo("D");
    }

    @Test
    void rejectionCarriesX3sMessage() throws Exception {
        target.failNext(new X3RejectedException("YORDNUM: unknown order SO000001", 400, null));
        Outcome outcome = writer().write(order, history);
        assertThat(outcome).isEqualTo(Outcome.rejected("YORDNUM: unknown order SO000001"));
        assertThat(target.writes).isEmpty();
    }

    @Test
    void anUnexpectedFailureIsReportedForThatOrderOnly() throws Exception {
        OrderWriter writer = new OrderWriter(new InMemoryTarget() {
            @Override
            public java.util.Optional<OrderTracking> read(OrderKey ref) {
                throw new IllegalStateException("boom");
            }
        }, merge, known, new Retrier(1, Duration.ZERO, Duration.ZERO, d -> { }), metrics, System::nanoTime);
        Outcome outcome = writer.write(order, history);
        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.REJECTED);
        assertThat(outcome.message()).contains("boom");
    }

    @Test
    void moreNumbersThanTheFieldHoldsAreCutToTheFirstAndWarnedOnce() throws Exception {
        CapacityWarnings warnings = new CapacityWarnings(2, 100);
        OrderWriter writer = new OrderWriter(target, new StatusMerge(StatusVocabulary.parse(StatusVocabulary.DEFAULT_ENTRIES),
                "UPS", new TrackingNumbers(2)), known, new Retrier(1, Duration.ZERO, Duration.ZERO, d -> { }), metrics,
                System::nanoTime, warnings, OrderWriter.Policy.READ_FIRST_EVERY_EVENT);
        List<OrderUpdate> threePackages = List.of(new OrderUpdate.Ledger(order, Records.created(ORDER, "1Z3", "1Z2", "1Z1")));
        assertThat(writer.write(order, threePackages)).isEqualTo(Outcome.WRITTEN);
        assertThat(target.records.get(order).trackingNumbers()).containsExactly("1Z3", "1Z2");
        assertThat(target.records.get(order).exception()).isFalse();
        assertThat(warnings.check(order, 3)).as("already warned").isFalse();
        assertThat(writer.write(order, List.of(new OrderUpdate.Tracking(order, Records.event("1Z1", "I",
                "2025-01-15T20:00:00Z"))))).isEqualTo(Outcome.WRITTEN);
        assertThat(target.records.get(order).trackingNumbers()).containsExactly("1Z3", "1Z2");
    }

    @Test
    void refusedCredentialsAreNotTheRecordsFault() throws Exception {
        target.failNext(new X3AuthenticationException("Invalid credentials", 401, null));
        assertThat(writer().write(order, history).kind()).isEqualTo(Outcome.Kind.UNAUTHORIZED);
    }

    @Test
    void aNewOrderCostsOneCallPerStatusWritten() throws Exception {
        OrderWriter writer = economical(Milestones.EVERY_EVENT, false);
        for (OrderUpdate update : history) {
            assertThat(writer.write(order, List.of(update))).isEqualTo(Outcome.WRITTEN);
        }
        assertThat(target.calls()).isEqualTo(history.size());
        assertThat(target.reads).hasValue(0);
        assertThat(target.writes.get(0).exists()).isFalse();
        assertThat(target.writes.get(0).tracking().orderDigest()).isEqualTo("digest");
        assertThat(target.records.get(order).statusCode()).isEqualTo("D");
    }

    @Test
    void aBatchOfEventsForOneOrderIsOneWrite() throws Exception {
        assertThat(economical().write(order, history)).isEqualTo(Outcome.WRITTEN);
        assertThat(target.calls()).isEqualTo(1);
        assertThat(target.writes).hasSize(1);
        assertThat(target.records.get(order).statusCode()).isEqualTo("D");
    }

    @Test
    void afterARestartANewRecordCostsOneCallAnExistingOneThree() throws Exception {
        economical().write(order, history);
        known = new KnownStates(100);
        int before = target.calls();
        OrderKey other = OrderKey.parse(ORDER.replace("1", "2"));
        economical().write(other, List.of(new OrderUpdate.Ledger(other, Records.created(other.toString(), "1Z9"))));
        assertThat(target.calls() - before).as("new record: one create").isEqualTo(1);

        // the same order's CREATED again (e.g. its ledger re-delivered): the create is refused, read, merged
        assertThat(economical().write(order, history.subList(0, 1))).isEqualTo(Outcome.UNCHANGED);
        assertThat(target.createConflicts).hasValue(1);
        assertThat(target.reads).hasValue(1);
        assertThat(target.records.get(order).statusCode()).as("a blind create never regresses X3").isEqualTo("D");
        assertThat(metrics.createConflicts()).isEqualTo(1);
    }

    @Test
    void afterARestartAShipmentOfAnOrderThatHadFailedCostsThreeCalls() throws Exception {
        economical().write(order, List.of(new OrderUpdate.Ledger(order, Records.failed(ORDER, "NO_ADDRESS", "no line"))));
        assertThat(target.records.get(order).exception()).isTrue();
        known = new KnownStates(100);
        int before = target.calls();
        assertThat(economical().write(order, history.subList(0, 1))).isEqualTo(Outcome.WRITTEN);
        assertThat(target.calls() - before).as("refused create, read, edit").isEqualTo(3);
        assertThat(target.writes.get(target.writes.size() - 1).exists()).isTrue();
        assertThat(target.records.get(order).exception()).as("the shipment clears the flag").isFalse();
        assertThat(target.records.get(order).trackingNumbers()).containsExactly("1Z1");
    }

    @Test
    void eventsOfAnOrderNotSeenSinceStartAreReadFirst() throws Exception {
        economical().write(order, history.subList(0, 1));
        known = new KnownStates(100);
        int before = target.calls();
        assertThat(economical().write(order, List.of(history.get(3)))).isEqualTo(Outcome.WRITTEN);
        assertThat(target.calls() - before).as("read + edit, no refused create").isEqualTo(2);
        assertThat(target.createConflicts).hasValue(0);
    }

    @Test
    void ledgerFollowUpsOfAnOrderNotSeenSinceStartAreReadFirst() throws Exception {
        economical().write(order, history.subList(0, 1));
        for (var entry : List.of(Records.ledger(ORDER, ShipmentState.VOIDED, List.of("1Z1"), "CANCELLED", "cancelled"),
                Records.ledger(ORDER, ShipmentState.FAILED, List.of("1Z1"), "RETIRED_CHANGED", "changed in X3"),
                Records.ledger(ORDER, ShipmentState.CREATED, List.of("1Z1"), "CANCEL_AFTER_PICKUP", "picked up"))) {
            known = new KnownStates(100);
            economical().write(order, List.of(new OrderUpdate.Ledger(order, entry)));
        }
        assertThat(target.createConflicts).as("never a refused create").hasValue(0);
        assertThat(target.reads).hasValue(3);
    }

    @Test
    void readBeforeWriteRestoresTheReadOfEveryFirstWrite() throws Exception {
        assertThat(economical(Milestones.EVERY_EVENT, true).write(order, history.subList(0, 1)))
                .isEqualTo(Outcome.WRITTEN);
        assertThat(target.reads).hasValue(1);
        assertThat(target.calls()).isEqualTo(2);
    }

    @Test
    void anEventThatIsNoMilestoneWritesNothingAndGoesWithTheNextWrite() throws Exception {
        OrderWriter writer = economical();
        writer.write(order, history.subList(0, 1));
        int before = target.calls();
        // an in-transit scan of a second package: no write of its own
        assertThat(writer.write(order, List.of(event("1Z2", "I", "2025-01-15T20:00:00Z")))).isEqualTo(Outcome.UNCHANGED);
        assertThat(target.calls()).isEqualTo(before);
        assertThat(metrics.notMilestones()).isEqualTo(1);
        // the delivery writes, and carries the scan's tracking number
        assertThat(writer.write(order, List.of(event("1Z1", "D", "2025-01-16T12:00:00Z")))).isEqualTo(Outcome.WRITTEN);
        assertThat(target.calls()).isEqualTo(before + 1);
        assertThat(target.records.get(order).trackingNumbers()).containsExactly("1Z1", "1Z2");
        assertThat(target.records.get(order).statusCode()).isEqualTo("D");
    }

    @Test
    void exceptionsLedgerStatesAndPickupsAlwaysWrite() throws Exception {
        OrderWriter writer = economical(Milestones.parse(List.of()), false);
        assertThat(writer.write(order, history.subList(0, 1))).isEqualTo(Outcome.WRITTEN);
        assertThat(writer.write(order, List.of(event("1Z1", "O", "2025-01-16T12:00:00Z")))).isEqualTo(Outcome.UNCHANGED);
        assertThat(writer.write(order, List.of(event("1Z1", "X", "2025-01-16T13:00:00Z")))).isEqualTo(Outcome.WRITTEN);
        assertThat(target.records.get(order).exception()).isTrue();
        assertThat(writer.write(order, List.of(new OrderUpdate.Pickup(order, "PRN 1 2025-01-16")))).isEqualTo(Outcome.WRITTEN);
        assertThat(target.records.get(order).pickup()).isEqualTo("PRN 1 2025-01-16");
    }

    @Test
    void deferredEventsSurviveABatchHandedBackForRetry() throws Exception {
        OrderWriter writer = economical();
        writer.write(order, history.subList(0, 1));
        writer.write(order, List.of(event("1Z2", "I", "2025-01-15T20:00:00Z")));
        target.failNext(new X3TransientException("a", 503, null), new X3TransientException("b", 503, null),
                new X3TransientException("c", 503, null));
        List<OrderUpdate> delivered = List.of(event("1Z1", "D", "2025-01-16T12:00:00Z"));
        assertThat(writer.write(order, delivered).kind()).isEqualTo(Outcome.Kind.RETRY);
        assertThat(writer.write(order, delivered)).isEqualTo(Outcome.WRITTEN);
        assertThat(target.records.get(order).trackingNumbers()).containsExactly("1Z1", "1Z2");
    }
}
