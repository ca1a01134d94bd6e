package dev.x3ups.x3.sink.target;

import dev.x3ups.records.OrderKey;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.sink.status.OrderTracking;
import dev.x3ups.x3.sink.status.TrackedField;
import java.util.Optional;
import java.util.Set;

/** Where an order's tracking lives in X3: read what is there, write what changed. */
public interface TrackingTarget {

    /** The order's tracking as X3 holds it; empty when X3 has no record for the order yet. */
    Optional<OrderTracking> read(OrderKey order) throws X3Exception;

    /**
     * Writes {@code changed} fields of {@code tracking}; when {@code exists} is false the record is
     * created with every mapped field.
     */
    void write(OrderKey order, boolean exists, OrderTracking tracking, Set<TrackedField> changed) throws X3Exception;

    /**
     * Whether a write with {@code exists} false is refused (an {@code X3RecordExistsException}) when X3 holds the
     * record after all, so it can be tried without reading first. Not so for an upsert, which would overwrite
     * what X3 holds with a state that never saw it.
     */
    default boolean refusesExistingOnCreate() {
        return false;
    }

    /** The fields this target writes (and therefore compares). */
    Set<TrackedField> fields();
}
