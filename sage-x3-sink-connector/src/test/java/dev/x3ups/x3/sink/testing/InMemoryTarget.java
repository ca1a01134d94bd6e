package dev.x3ups.x3.sink.testing;

import dev.x3ups.records.OrderKey;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3RecordExistsException;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.sink.status.OrderTracking;
import dev.x3ups.x3.sink.status.TrackedField;
import dev.x3ups.x3.sink.target.TrackingTarget;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A write target kept in memory, counting reads and writes, with scripted failures. Like X3, it refuses to
 * create a record it already holds.
 */
public class InMemoryTarget implements TrackingTarget {

    /** One write as the target received it. */
    public record Write(OrderKey order, boolean exists, OrderTracking tracking, Set<TrackedField> changed) {
    }

    public final Map<OrderKey, OrderTracking> records = new ConcurrentHashMap<>();
    public final List<Write> writes = Collections.synchronizedList(new ArrayList<>());
    public final AtomicInteger reads = new AtomicInteger();
    /** Creates refused because the record existed. */
    public final AtomicInteger createConflicts = new AtomicInteger();
    private final Deque<X3Exception> failures = new ArrayDeque<>();
    private final Set<TrackedField> fields;
    private final Map<OrderKey, String> rejected = new ConcurrentHashMap<>();

    public InMemoryTarget() {
        this(EnumSet.allOf(TrackedField.class));
    }

    public InMemoryTarget(Set<TrackedField> fields) {
        this.fields = fields;
    }

    /** The next calls (read or write) throw these, in order. */
    public synchronized InMemoryTarget failNext(X3Exception... exceptions) {
        failures.addAll(List.of(exceptions));
        return this;
    }

    /** Writes for {@code order} are refused the way X3 refuses an unknown order. */
    public InMemoryTarget reject(OrderKey order, String message) {
        rejected.put(order, message);
        return this;
    }

    @Override
    public Optional<OrderTracking> read(OrderKey order) throws X3Exception {
        reads.incrementAndGet();
        throwScripted();
        return Optional.ofNullable(records.get(order));
    }

    @Override
    public void write(OrderKey order, boolean exists, OrderTracking tracking, Set<TrackedField> changed)
            throws X3Exception {
        throwScripted();
        String refusal = rejected.get(order);
        if (refusal != null) {
            throw new X3RejectedException(refusal, 400, null);
        }
        if (!exists && records.containsKey(order)) {
            createConflicts.incrementAndGet();
            throw new X3RecordExistsException("Record already exists: " + order.number(), 400, null);
        }
        writes.add(new Write(order, exists, tracking, Set.copyOf(changed)));
        records.put(order, tracking);
    }

    @Override
    public boolean refusesExistingOnCreate() {
        return true;
    }

    /** Every call X3 received: reads, writes and refused creates. */
    public int calls() {
        return reads.get() + writes.size() + createConflicts.get();
    }

    @Override
    public Set<TrackedField> fields() {
        return fields;
    }

    private synchronized void throwScripted() throws X3Exception {
        X3Exception next = failures.poll();
        if (next != null) {
            throw next;
        }
    }
}
