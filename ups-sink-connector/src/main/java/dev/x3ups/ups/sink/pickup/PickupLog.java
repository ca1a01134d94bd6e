package dev.x3ups.ups.sink.pickup;

import dev.x3ups.records.PickupRecord;
import java.util.Map;

/** The durable side of {@code ups.pickups}: every record written so far, and appends acknowledged by all replicas. */
interface PickupLog extends AutoCloseable {

    /** The latest record of every {@code site:date} key, read from the beginning. */
    Map<String, PickupRecord> readAll();

    /** Writes {@code record}; returns once Kafka acknowledged it, throws {@link PickupWriteException} otherwise. */
    void append(PickupRecord record);

    /** Writes a tombstone for a site's day (retired); returns once acknowledged, throws like {@link #append}. */
    void remove(String key);

    @Override
    void close();
}
