package dev.x3ups.ups.tracking.events;

import static dev.x3ups.ups.tracking.events.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingEventRecords;
import dev.x3ups.ups.tracking.ledger.LedgerView;
import dev.x3ups.ups.tracking.metrics.TrackingMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class EventPumpTest {
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final LedgerView ledger = new LedgerView();
    private final InboundQueue queue = new InboundQueue(100);
    private final TrackingMetrics metrics = new TrackingMetrics();
    private final List<TrackingEvent> seen = new ArrayList<>();
    private final EventPump pump = new EventPump(queue, new OrderKeyResolver(ledger, 5_000),
            new EventFilter(new DedupeWindow(100), new ShipmentProgress(100)), metrics, "ups.tracking", 100,
            nanos::get, seen::add);

    private Acknowledgement post(TrackingEvent event) {
        Acknowledgement ack = Acknowledgement.waiting(nanos.get());
        queue.offerWebhook(ObservedEvent.webhook(event, ack));
        return ack;
    }

    private static RecordMetadata metadata() {
        return new RecordMetadata(new TopicPartition("ups.tracking", 0), 0, 0, 0, 0, 0);
    }

    @Test
    void writesEnrichedRecordsAndAnswersOnlyAfterKafka() throws Exception {
        ledger.apply("SEED:SALES:1", OrderKeyResolverTest.created("SEED:SALES:1", "1ZA"));
        Acknowledgement ack = post(event("1ZA", "I", "OR", 1));

        List<SourceRecord> records = pump.poll(0);

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.topic()).isEqualTo("ups.tracking");
            assertThat(r.key()).isEqualTo("1ZA");
            assertThat(r.sourcePartition()).isEqualTo(TrackingOffsets.packagePartition("1ZA"));
            assertThat(TrackingOffsets.status(r.sourceOffset()).statusCode()).isEqualTo("OR");
            TrackingEvent written = TrackingEventRecords.fromStruct((Struct) r.value());
            assertThat(written.orderKey()).isEqualTo("SEED:SALES:1");
        });
        assertThat(ack.future()).isNotDone();
        nanos.addAndGet(2_000_000);
        pump.committed(records.get(0), metadata());
        assertThat(ack.future()).isCompleted();
        assertThat(metrics.ackLatency().count()).isEqualTo(1);
        assertThat(seen).hasSize(1);
    }

    @Test
    void duplicatesAndSupersededEventsAreAnsweredAndCountedButNotWritten() throws Exception {
        ledger.apply("SEED:SALES:1", OrderKeyResolverTest.created("SEED:SALES:1", "1ZA"));
        post(event("1ZA", "I", "OT", 10));
        Acknowledgement duplicate = post(event("1ZA", "I", "OT", 10));
        Acknowledgement older = post(event("1ZA", "M", "MP", 1));

        assertThat(pump.poll(0)).hasSize(1);
        assertThat(duplicate.future()).isCompleted();
        assertThat(older.future()).isCompleted();
        assertThat(metrics.duplicatesTotal()).isEqualTo(1);
        assertThat(metrics.supersededTotal()).isEqualTo(1);
        assertThat(seen).hasSize(3);
    }

    @Test
    void anUnknownPackageWaitsForItsLedgerEntry() throws Exception {
        Acknowledgement ack = post(event("1ZB", "I", "OR", 1));
        assertThat(pump.poll(0)).isEmpty();
        assertThat(pump.parkedCount()).isEqualTo(1);
        assertThat(ack.future()).as("UPS is answered while the event waits").isCompleted();

        ledger.apply("SEED:SALES:2", OrderKeyResolverTest.created("SEED:SALES:2", "1ZB"));
        List<SourceRecord> records = pump.poll(0);
        assertThat(records).singleElement().satisfies(r -> assertThat(
                TrackingEventRecords.fromStruct((Struct) r.value()).orderKey()).isEqualTo("SEED:SALES:2"));
    }

    @Test
    void anUnknownPackageGoesOutWithoutOrderKeyAfterTheWait() throws Exception {
        post(event("1ZC", "I", "OR", 1));
        assertThat(pump.poll(0)).isEmpty();
        nanos.addAndGet(5_000);
        List<SourceRecord> records = pump.poll(0);
        assertThat(records).singleElement().satisfies(r -> assertThat(
                TrackingEventRecords.fromStruct((Struct) r.value()).orderKey()).isNull());
        assertThat(metrics.unknownTrackingNumbersTotal()).isEqualTo(1);
    }

    @Test
    void aReconcilerCursorRidesOnItsRecord() throws Exception {
        ledger.apply("SEED:SALES:1", OrderKeyResolverTest.created("SEED:SALES:1", "1ZA"));
        ObservedEvent.Cursor cursor = new ObservedEvent.Cursor(TrackingOffsets.reconcilerPartition("track"),
                Map.of("cursor", "1ZA"));
        queue.addReconciled(List.of(ObservedEvent.reconciled(event("1ZA", "D", "FS", 5), List.of(), nanos.get())
                .withCursor(cursor)));
        assertThat(pump.poll(0)).singleElement().satisfies(r -> {
            assertThat(r.sourcePartition()).isEqualTo(TrackingOffsets.reconcilerPartition("track"));
            assertThat(r.sourceOffset().get("cursor")).isEqualTo("1ZA");
            assertThat(r.sourceOffset().get("trackingNumber")).isEqualTo("1ZA");
        });
    }

    @Test
    void aFailedWriteAndAStoppingTaskFailTheWaitingRequests() throws Exception {
        ledger.apply("SEED:SALES:1", OrderKeyResolverTest.created("SEED:SALES:1", "1ZA", "1ZB"));
        Acknowledgement first = post(event("1ZA", "I", "OR", 1));
        Acknowledgement second = post(event("1ZB", "I", "OR", 1));
        List<SourceRecord> records = pump.poll(0);
        pump.committed(records.get(0), null);
        assertThat(first.future()).isCompletedExceptionally();
        pump.abandon();
        assertThat(second.future()).isCompletedExceptionally();
    }
}
