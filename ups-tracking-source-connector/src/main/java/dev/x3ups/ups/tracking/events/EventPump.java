package dev.x3ups.ups.tracking.events;

import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingEventRecords;
import dev.x3ups.ups.tracking.metrics.TrackingMetrics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * What {@code poll()} and {@code commitRecord()} do: drain the inbound queue, give each event its order key
 * (parking those the ledger does not know yet), drop duplicates and superseded events, and turn the rest into
 * {@code ups.tracking} records. A waiting webhook request is answered when Kafka acknowledged its record; a
 * dropped or parked event is answered at once (UPS must not wait for a ledger entry that may never come).
 * Runs on the task's poll thread, except {@link #committed} which the producer thread calls.
 */
public final class EventPump {
    private static final long PARKED_RECHECK_MILLIS = 50;
    private final InboundQueue queue;
    private final OrderKeyResolver resolver;
    private final EventFilter filter;
    private final TrackingMetrics metrics;
    private final String topic;
    private final int batchSize;
    private final LongSupplier nanoTime;
    private final Consumer<TrackingEvent> seen;
    private final List<ObservedEvent> parked = new ArrayList<>();
    private final Map<SourceRecord, Acknowledgement> awaitingKafka =
            Collections.synchronizedMap(new IdentityHashMap<>());

    public EventPump(InboundQueue queue, OrderKeyResolver resolver, EventFilter filter, TrackingMetrics metrics,
                     String topic, int batchSize, LongSupplier nanoTime, Consumer<TrackingEvent> seen) {
        this.queue = queue;
        this.resolver = resolver;
        this.filter = filter;
        this.metrics = metrics;
        this.topic = topic;
        this.batchSize = batchSize;
        this.nanoTime = nanoTime;
        this.seen = seen;
    }

    /** Records for up to one batch of events; waits at most {@code waitMillis} when there is nothing to do. */
    public List<SourceRecord> poll(long waitMillis) throws InterruptedException {
        List<ObservedEvent> batch = new ArrayList<>(parked);
        parked.clear();
        // parked events are looked at again every 50 ms at most, not in a busy loop
        queue.drain(batch, batchSize, batch.isEmpty() ? waitMillis : Math.min(waitMillis, PARKED_RECHECK_MILLIS));
        List<SourceRecord> records = new ArrayList<>(batch.size());
        long now = nanoTime.getAsLong();
        for (ObservedEvent observed : batch) {
            OrderKeyResolver.Resolution resolution = resolver.resolve(observed, now);
            if (resolution instanceof OrderKeyResolver.Wait) {
                parked.add(observed);
                answered(observed.ack());
                continue;
            }
            String orderKey = resolution instanceof OrderKeyResolver.Known known ? known.orderKey() : null;
            if (orderKey == null) {
                metrics.unknownTrackingNumber();
            }
            SourceRecord record = admit(observed, orderKey);
            if (record != null) {
                records.add(record);
            }
        }
        return records;
    }

    private SourceRecord admit(ObservedEvent observed, String orderKey) {
        TrackingEvent event = withOrderKey(observed.event(), orderKey);
        seen.accept(event);
        Verdict verdict = filter.decide(event);
        if (verdict != Verdict.ACCEPTED) {
            if (verdict == Verdict.DUPLICATE) {
                metrics.duplicate();
            } else {
                metrics.superseded();
            }
            answered(observed.ack());
            return null;
        }
        PackageStatus status = filter.progress().status(event.trackingNumber()).orElseThrow();
        ObservedEvent.Cursor cursor = observed.cursor();
        Map<String, ?> partition = cursor == null ? TrackingOffsets.packagePartition(event.trackingNumber())
                : cursor.partition();
        Map<String, ?> offset = TrackingOffsets.offset(event.trackingNumber(), status,
                cursor == null ? null : cursor.offset());
        // record time = when we wrote it: UPS's activity time is in the value, and a clock ahead of the broker's
        // would have the record rejected (message.timestamp.after.max.ms)
        SourceRecord record = new SourceRecord(partition, offset, topic, null, TrackingEventRecords.KEY_SCHEMA,
                event.trackingNumber(), TrackingEventRecords.VALUE_SCHEMA, TrackingEventRecords.toStruct(event));
        metrics.emitted(event.source());
        if (!observed.ack().future().isDone()) {
            awaitingKafka.put(record, observed.ack());
        }
        return record;
    }

    /** Kafka acknowledged (metadata non-null) or gave up on (null) a record. */
    public void committed(SourceRecord record, RecordMetadata metadata) {
        Acknowledgement ack = awaitingKafka.remove(record);
        if (ack == null) {
            return;
        }
        if (metadata == null) {
            ack.fail(new IllegalStateException("record not written"));
        } else {
            answered(ack);
        }
    }

    private void answered(Acknowledgement ack) {
        if (ack.complete()) {
            metrics.ackLatency().record(nanoTime.getAsLong() - ack.receivedNanos());
        }
    }

    /** Events waiting for their ledger entry. */
    public int parkedCount() {
        return parked.size();
    }

    /** Fails every request still waiting (task stopping): they get 503, not a hang. */
    public void abandon() {
        List<Acknowledgement> waiting;
        synchronized (awaitingKafka) {
            waiting = new ArrayList<>(awaitingKafka.values());
            awaitingKafka.clear();
        }
        waiting.forEach(a -> a.fail(new IllegalStateException("task stopping")));
    }

    private static TrackingEvent withOrderKey(TrackingEvent e, String orderKey) {
        return new TrackingEvent(e.trackingNumber(), orderKey, e.statusType(), e.statusCode(), e.statusDescription(),
                e.activityTime(), e.localActivityDate(), e.localActivityTime(), e.location(), e.scheduledDelivery(),
                e.actualDelivery(), e.exception(), e.exceptionReason(), e.source());
    }
}
