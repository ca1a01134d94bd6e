package dev.x3ups.benchmarks.harness;

import dev.x3ups.records.ShipmentLedgerCodec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Compaction of a ledger topic in the benchmark's own broker: the topic settings that let the log cleaner run
 * within a benchmark (small segments that roll soon, any dirt worth cleaning (so the few bytes of a marker start another pass), tombstones kept only briefly), the
 * broker settings its cleaner needs for a million keys, and a census of what a topic holds.
 */
public final class LedgerCompaction {

    private LedgerCompaction() {
    }

    /** A topic's segments roll by time after this long: the last one holding history becomes cleanable. */
    public static final Duration SEGMENT_AGE = Duration.ofSeconds(1);

    /** Topic settings: compacted, 1 MiB segments (the smallest Kafka takes), tombstones dropped after 100 ms. */
    public static Map<String, String> topicConfig() {
        return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.SEGMENT_BYTES_CONFIG, Integer.toString(1024 * 1024),
                TopicConfig.SEGMENT_MS_CONFIG, Long.toString(SEGMENT_AGE.toMillis()),
                TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0",
                TopicConfig.DELETE_RETENTION_MS_CONFIG, "100",
                TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, "0");
    }

    /**
     * Broker settings: a cleaner that looks for work every 200 ms and whose offset map holds a million keys in
     * one pass (the embedded broker's 2 MiB default would clean the log in dozens of passes).
     */
    public static Map<String, String> brokerConfig() {
        return Map.of("log.cleaner.backoff.ms", "200",
                "log.cleaner.dedupe.buffer.size", Integer.toString(96 * 1024 * 1024),
                "log.cleaner.threads", "1");
    }

    /**
     * What a ledger topic holds, by kind of record; {@code others} are records of neither the history nor the live
     * orders (the marker that rolls the last segment).
     */
    public record Census(long liveEntries, long historyEntries, long historyTombstones, long others) {

        static final Census EMPTY = new Census(0, 0, 0, 0);

        public long records() {
            return liveEntries + historyEntries + historyTombstones + others;
        }

        /** Nothing of the history left: its final entries and its tombstones are gone. */
        public boolean historyGone() {
            return historyEntries == 0 && historyTombstones == 0;
        }
    }

    /** Counts a record into a census. */
    static Census count(Census c, byte[] key, byte[] value) {
        String orderKey = ShipmentLedgerCodec.orderKey(key);
        if (orderKey != null && LedgerHistory.isHistory(orderKey)) {
            return value == null ? new Census(c.liveEntries(), c.historyEntries(), c.historyTombstones() + 1, c.others())
                    : new Census(c.liveEntries(), c.historyEntries() + 1, c.historyTombstones(), c.others());
        }
        if (orderKey != null && LedgerHistory.isLive(orderKey) && value != null) {
            return new Census(c.liveEntries() + 1, c.historyEntries(), c.historyTombstones(), c.others());
        }
        return new Census(c.liveEntries(), c.historyEntries(), c.historyTombstones(), c.others() + 1);
    }

    /** Bytes the topic's partitions take in the broker's log directories (every segment, the active one too). */
    public static long sizeBytes(String bootstrapServers, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            long bytes = 0;
            List<Integer> brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).stream()
                    .map(org.apache.kafka.common.Node::id).toList();
            for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(brokers).allDescriptions()
                    .get(30, TimeUnit.SECONDS).values()) {
                for (LogDirDescription dir : dirs.values()) {
                    for (Map.Entry<TopicPartition, ReplicaInfo> replica : dir.replicaInfos().entrySet()) {
                        if (replica.getKey().topic().equals(topic)) {
                            bytes += replica.getValue().size();
                        }
                    }
                }
            }
            return bytes;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("log directories not described", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Reads the whole topic (to the end it had when the read started) and counts what it holds. */
    public static Census census(String bootstrapServers, String topic, Duration timeout) {
        Census[] census = {Census.EMPTY};
        TopicVolume.readAll(bootstrapServers, topic, timeout, r -> census[0] = count(census[0], r.key(), r.value()));
        return census[0];
    }
}
