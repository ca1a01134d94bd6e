package dev.x3ups.ups.sink.shipping;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Which records of each partition are finished (their order's ledger state is final). The committable offset
 * of a partition stops at its first unfinished record, so a crash never skips an order still in flight.
 */
public final class PartitionProgress {
    private final Map<TopicPartition, TreeMap<Long, Boolean>> open = new HashMap<>();
    private final Map<TopicPartition, Long> nextAfterFinished = new HashMap<>();

    public synchronized void started(TopicPartition partition, long offset) {
        open.computeIfAbsent(partition, p -> new TreeMap<>()).put(offset, Boolean.FALSE);
    }

    public synchronized void finished(TopicPartition partition, long offset) {
        TreeMap<Long, Boolean> offsets = open.get(partition);
        if (offsets == null || !offsets.containsKey(offset)) {
            return; // partition revoked meanwhile
        }
        offsets.put(offset, Boolean.TRUE);
        while (!offsets.isEmpty() && offsets.firstEntry().getValue()) {
            long done = offsets.pollFirstEntry().getKey();
            nextAfterFinished.merge(partition, done + 1, Math::max);
        }
    }

    /** Offsets Kafka may commit: below the first unfinished record of each partition. */
    public synchronized Map<TopicPartition, OffsetAndMetadata> committable() {
        Map<TopicPartition, OffsetAndMetadata> result = new HashMap<>();
        nextAfterFinished.forEach((partition, next) -> {
            TreeMap<Long, Boolean> offsets = open.get(partition);
            long commit = offsets == null || offsets.isEmpty() ? next : Math.min(next, offsets.firstKey());
            result.put(partition, new OffsetAndMetadata(commit));
        });
        return result;
    }

    public synchronized void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(p -> {
            open.remove(p);
            nextAfterFinished.remove(p);
        });
    }
}
