package dev.x3ups.ups.sink.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The settings under which compaction actually removes retired orders from a compacted topic the sink writes
 * (docs/architecture.md, "Retirement"). Kafka's defaults keep a record for up to a week in the active segment
 * ({@code segment.ms}), where the cleaner never looks, and clean only once half the log is dirty: a task's start
 * would read a week of tombstones and up to as much garbage as live state. A segment rolls daily, the cleaner
 * runs at a tenth of the log dirty, and a tombstone stays readable for a day (what a reader that fell behind has to
 * see it: the ledger's readers start from the beginning on every start, so a day is plenty).
 */
public final class CompactionSettings {
    static final Duration SEGMENT = Duration.ofDays(1);
    static final Duration TOMBSTONE_KEPT = Duration.ofDays(1);
    static final String DIRTY_RATIO = "0.1";
    /** An existing topic that rolls its segments this rarely keeps history for long: warned about on start. */
    static final Duration LONG_SEGMENT = Duration.ofDays(7);
    static final double LAZY_DIRTY_RATIO = 0.5;

    private CompactionSettings() {
    }

    /** The settings a compacted topic is created with. */
    public static Map<String, String> forNewTopic() {
        return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.SEGMENT_MS_CONFIG, String.valueOf(SEGMENT.toMillis()),
                TopicConfig.DELETE_RETENTION_MS_CONFIG, String.valueOf(TOMBSTONE_KEPT.toMillis()),
                TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, DIRTY_RATIO);
    }

    /**
     * What is wrong with an existing topic's {@code actual} settings for retirement, with the command that fixes
     * it; empty when nothing. Settings missing from {@code actual} are not judged.
     */
    public static Optional<String> warning(String topic, Map<String, String> actual) {
        List<String> problems = new ArrayList<>();
        String policy = actual.get(TopicConfig.CLEANUP_POLICY_CONFIG);
        if (policy != null && !policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            problems.add("cleanup.policy=" + policy + " (not compacted: the latest state of an order may be deleted)");
        }
        Long segmentMs = number(actual.get(TopicConfig.SEGMENT_MS_CONFIG));
        if (segmentMs != null && segmentMs >= LONG_SEGMENT.toMillis()) {
            problems.add("segment.ms=" + segmentMs + " (retired orders stay until their segment rolls)");
        }
        Double ratio = ratio(actual.get(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG));
        if (ratio != null && ratio >= LAZY_DIRTY_RATIO) {
            problems.add("min.cleanable.dirty.ratio=" + actual.get(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG)
                    + " (up to as much retired history as live state is read on every start)");
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Topic " + topic + " keeps retired orders for long: " + String.join(", ", problems)
                + ". Fix with: kafka-configs --bootstrap-server <brokers> --alter --entity-type topics --entity-name "
                + topic + " --add-config " + TopicConfig.CLEANUP_POLICY_CONFIG + "=compact,"
                + TopicConfig.SEGMENT_MS_CONFIG + "=" + SEGMENT.toMillis() + ","
                + TopicConfig.DELETE_RETENTION_MS_CONFIG + "=" + TOMBSTONE_KEPT.toMillis() + ","
                + TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG + "=" + DIRTY_RATIO);
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double ratio(String value) {
        try {
            return value == null ? null : Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
