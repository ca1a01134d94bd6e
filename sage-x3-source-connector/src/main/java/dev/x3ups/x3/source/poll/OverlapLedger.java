package dev.x3ups.x3.source.poll;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The order revisions this task has handled inside the overlap window during this run. A row at or
 * below the stored offset that is not in the ledger was committed late in X3 and is still news.
 */
final class OverlapLedger {

    private final Map<Instant, Set<String>> keysByRevision = new HashMap<>();

    void remember(String key, Instant revision) {
        keysByRevision.computeIfAbsent(revision, r -> new HashSet<>()).add(key);
    }

    boolean contains(String key, Instant revision) {
        Set<String> keys = keysByRevision.get(revision);
        return keys != null && keys.contains(key);
    }

    /** Drops revisions older than {@code windowStart}: later walks never read them again. */
    void forgetBefore(Instant windowStart) {
        keysByRevision.keySet().removeIf(revision -> revision.isBefore(windowStart));
    }

    int size() {
        return keysByRevision.values().stream().mapToInt(Set::size).sum();
    }
}
