package dev.x3ups.ups.simulator.quantumview;

import dev.x3ups.ups.simulator.ship.ShippedPackage;
import dev.x3ups.ups.simulator.timeline.TimelineEvent;
import dev.x3ups.ups.simulator.timeline.TimelineListener;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Collects Quantum View events as scans happen and, when asked, packs the new ones into subscription
 * files of at most {@code eventsPerFile} events; every subscription gets its own copy with its own
 * read state.
 */
public final class QuantumViewFeed implements TimelineListener<ShippedPackage> {
    static final Duration RETENTION = Duration.ofDays(7);
    private static final DateTimeFormatter FILE_NAME = DateTimeFormatter.ofPattern("yyMMdd_HHmmssSSS");

    private final Map<String, List<QuantumViewFile>> files = new LinkedHashMap<>();
    private final Queue<QuantumViewFile.Entry> pending = new ConcurrentLinkedQueue<>();
    private Instant lastStamp = Instant.EPOCH;
    private final int eventsPerFile;

    public QuantumViewFeed(List<String> subscriptionNames, int eventsPerFile) {
        subscriptionNames.forEach(n -> files.put(n, new CopyOnWriteArrayList<>()));
        this.eventsPerFile = eventsPerFile;
    }

    @Override
    public void onEvent(ShippedPackage subject, TimelineEvent event) {
        QuantumViewEvents.map(subject, event).ifPresent(pending::add);
    }

    /**
     * Packs pending events into new files stamped {@code now}. Like UPS, keeps 7 days: older files and
     * events are dropped, which also bounds memory when nobody polls.
     */
    public synchronized void materialize(Instant now) {
        Instant horizon = now.minus(RETENTION);
        files.values().forEach(list -> list.removeIf(f -> f.createdAt().isBefore(horizon)));
        while (!pending.isEmpty()) {
            List<QuantumViewFile.Entry> batch = new ArrayList<>();
            QuantumViewFile.Entry e;
            while (batch.size() < eventsPerFile && (e = pending.poll()) != null) {
                if (!e.scan().at().isBefore(horizon)) {
                    batch.add(e);
                }
            }
            if (batch.isEmpty()) {
                continue;
            }
            String name = FILE_NAME.format(nextStamp(now).atOffset(ZoneOffset.UTC));
            for (List<QuantumViewFile> list : files.values()) {
                list.add(new QuantumViewFile(name, now, batch));
            }
        }
    }

    /** File names (YYMMDD_HHmmssnnn, nnn = milliseconds) are kept unique and increasing, even on a stopped clock. */
    private Instant nextStamp(Instant now) {
        Instant stamp = now.truncatedTo(ChronoUnit.MILLIS);
        lastStamp = stamp.isAfter(lastStamp) ? stamp : lastStamp.plusMillis(1);
        return lastStamp;
    }

    public boolean knows(String subscriptionName) {
        return files.containsKey(subscriptionName);
    }

    public List<String> subscriptionNames() {
        return List.copyOf(files.keySet());
    }

    List<QuantumViewFile> files(String subscriptionName) {
        return files.getOrDefault(subscriptionName, List.of());
    }

    /** Unread files of a subscription (admin and tests). */
    public long unreadFiles(String subscriptionName) {
        return files(subscriptionName).stream().filter(f -> !f.read()).count();
    }
}
