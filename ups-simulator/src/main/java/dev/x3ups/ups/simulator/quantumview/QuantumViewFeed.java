package dev.x3ups.ups.simulator.quantumview;

import dev.x3ups.ups.simulator.ship.ShippedPackage;
import dev.x3ups.ups.simulator.timeline.TimelineEvent;
import dev.x3ups.ups.simulator.timeline.TimelineListener;
import dev.x3ups.ups.simulator.visibility.LookupChannel;
import dev.x3ups.ups.simulator.visibility.VisibilityLag;
import java.time.Clock;
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
 * read state. An event goes into a file only once the {@link LookupChannel#QUANTUM_VIEW} lag has passed
 * since it happened (on the wall clock): the feed can trail the commits.
 */
public final class QuantumViewFeed implements TimelineListener<ShippedPackage> {
    static final Duration RETENTION = Duration.ofDays(7);
    private static final DateTimeFormatter FILE_NAME = DateTimeFormatter.ofPattern("yyMMdd_HHmmssSSS");

    private final Map<String, List<QuantumViewFile>> files = new LinkedHashMap<>();
    /** An event and when it happened on the wall clock, the start of its visibility lag. */
    private record Waiting(QuantumViewFile.Entry entry, Instant seenAt) { }

    private final Queue<Waiting> pending = new ConcurrentLinkedQueue<>();
    private Instant lastStamp = Instant.EPOCH;
    private final int eventsPerFile;
    private final VisibilityLag lag;

    public QuantumViewFeed(List<String> subscriptionNames, int eventsPerFile) {
        this(subscriptionNames, eventsPerFile, new VisibilityLag(Clock.systemUTC()));
    }

    public QuantumViewFeed(List<String> subscriptionNames, int eventsPerFile, VisibilityLag lag) {
        subscriptionNames.forEach(n -> files.put(n, new CopyOnWriteArrayList<>()));
        this.eventsPerFile = eventsPerFile;
        this.lag = lag;
    }

    @Override
    public void onEvent(ShippedPackage subject, TimelineEvent event) {
        QuantumViewEvents.map(subject, event).ifPresent(e -> pending.add(new Waiting(e, lag.now())));
    }

    /**
     * Packs pending events into new files stamped {@code now}. Like UPS, keeps 7 days: older files and
     * events are dropped, which also bounds memory when nobody polls. Events still inside the visibility
     * lag stay pending; they arrive in wall-clock order, so the visible ones are a prefix of the queue.
     */
    public synchronized void materialize(Instant now) {
        Instant horizon = now.minus(RETENTION);
        files.values().forEach(list -> list.removeIf(f -> f.createdAt().isBefore(horizon)));
        while (visibleHead()) {
            List<QuantumViewFile.Entry> batch = new ArrayList<>();
            while (batch.size() < eventsPerFile && visibleHead()) {
                QuantumViewFile.Entry e = pending.poll().entry();
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

    private boolean visibleHead() {
        Waiting head = pending.peek();
        return head != null && lag.visible(LookupChannel.QUANTUM_VIEW, head.seenAt());
    }

    /** Events not in a file yet: inside the visibility lag, or nobody polled since (admin and tests). */
    public int lagging() {
        return pending.size();
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
