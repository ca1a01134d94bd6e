package dev.x3ups.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LedgerCompactionTest {

    private static byte[] key(String k) {
        return k.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theCensusTellsHistoryEntriesTheirTombstonesLiveEntriesAndTheRest() {
        LedgerCompaction.Census c = LedgerCompaction.Census.EMPTY;
        c = LedgerCompaction.count(c, key(LedgerHistory.historyKey(1)), new byte[] {1});
        c = LedgerCompaction.count(c, key(LedgerHistory.historyKey(1)), null);
        c = LedgerCompaction.count(c, key(LedgerHistory.liveKey(1)), new byte[] {1});
        c = LedgerCompaction.count(c, key(LedgerHistory.liveKey(2)), new byte[] {1});
        c = LedgerCompaction.count(c, key(LedgerHistory.rollKey()), null);
        assertThat(c).isEqualTo(new LedgerCompaction.Census(2, 1, 1, 1));
        assertThat(c.records()).isEqualTo(5);
        assertThat(c.historyGone()).isFalse();
    }

    @Test
    void historyIsGoneOnlyWhenItsTombstonesAreGoneToo() {
        assertThat(new LedgerCompaction.Census(10, 0, 1, 0).historyGone()).isFalse();
        assertThat(new LedgerCompaction.Census(10, 1, 0, 0).historyGone()).isFalse();
        assertThat(new LedgerCompaction.Census(10, 0, 0, 1).historyGone()).isTrue();
    }

    @Test
    void theTopicIsCompactedWithShortSegmentsAndShortLivedTombstones() {
        assertThat(LedgerCompaction.topicConfig()).containsEntry("cleanup.policy", "compact")
                .containsEntry("segment.bytes", "1048576").containsEntry("delete.retention.ms", "100")
                .containsEntry("segment.ms", Long.toString(LedgerCompaction.SEGMENT_AGE.toMillis()));
        // a million keys fit the cleaner's offset map in one pass (24 bytes a key)
        assertThat(Long.parseLong(LedgerCompaction.brokerConfig().get("log.cleaner.dedupe.buffer.size")))
                .isGreaterThan(24L * 1_010_000);
    }
}
