package dev.x3ups.ups.simulator.quantumview;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.ship.ShippedPackage;
import dev.x3ups.ups.simulator.timeline.TimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** One subscription file: a batch of events with a read/unread flag. */
final class QuantumViewFile {
    /**
     * An event and the list it belongs in (Manifest, Origin, Exception, Delivery, Generic). The JSON is
     * rendered when read, so unread files cost a few references per event, not a JSON tree.
     */
    record Entry(String kind, ShippedPackage pkg, TimelineEvent scan) {
        ObjectNode event() {
            return QuantumViewEvents.render(this);
        }
    }

    private final String name;
    private final Instant createdAt;
    private final List<Entry> entries;
    private final AtomicBoolean read = new AtomicBoolean();

    QuantumViewFile(String name, Instant createdAt, List<Entry> entries) {
        this.name = name;
        this.createdAt = createdAt;
        this.entries = List.copyOf(entries);
    }

    String name() {
        return name;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<Entry> entries() {
        return entries;
    }

    boolean read() {
        return read.get();
    }

    void markRead() {
        read.set(true);
    }
}
