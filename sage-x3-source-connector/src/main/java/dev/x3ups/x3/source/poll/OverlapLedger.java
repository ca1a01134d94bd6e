package dev.x3ups.x3.source.poll;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The order revisions this task has handled inside the overlap window during this run, each with a fingerprint
 * of the content read. A row at or below the stored offset that is not in the ledger was committed late in X3
 * and is still news; so is a row whose revision is known but whose content differs: X3 stamps revisions to the
 * second, so two changes within one second (our write-back, then a cancellation) share a revision.
 */
final class OverlapLedger {

    private final Map<Instant, Map<String, Integer>> keysByRevision = new HashMap<>();

    void remember(String key, Instant revision, int content) {
        keysByRevision.computeIfAbsent(revision, r -> new HashMap<>()).put(key, content);
    }

    /** True when this key was read at this revision with this content. */
    boolean contains(String key, Instant revision, int content) {
        Map<String, Integer> keys = keysByRevision.get(revision);
        return keys != null && Integer.valueOf(content).equals(keys.get(key));
    }

    /** Drops revisions older than {@code windowStart}: later walks never read them again. */
    void forgetBefore(Instant windowStart) {
        keysByRevision.keySet().removeIf(revision -> revision.isBefore(windowStart));
    }

    int size() {
        return keysByRevision.values().stream().mapToInt(Map::size).sum();
    }
}
