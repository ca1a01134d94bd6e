package dev.x3ups.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.ShipmentState;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LedgerHistoryTest {

    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");

    @Test
    void pastOrdersAreShippedAndUntouchedForLongerThanAnyRetention() {
        var past = LedgerHistory.past(42, NOW);
        assertThat(past.state()).isEqualTo(ShipmentState.CREATED);
        assertThat(past.updatedAt()).isBefore(NOW.minus(Duration.ofDays(365)));
        assertThat(past.subscriptionExpiry()).isBefore(NOW);
        assertThat(past.trackingNumbers()).hasSize(1);
        assertThat(past.orderDigest()).isNotBlank();
    }

    @Test
    void liveOrdersAreOnTheirWay() {
        var live = LedgerHistory.live(7, NOW);
        assertThat(live.state()).isEqualTo(ShipmentState.CREATED);
        assertThat(live.updatedAt()).isEqualTo(NOW);
        assertThat(live.subscriptionExpiry()).isAfter(NOW);
    }

    @Test
    void historyLiveAndRollKeysNeverMeet() {
        Set<String> keys = new HashSet<>();
        for (int i = 1; i <= 1_000; i++) {
            keys.add(LedgerHistory.historyKey(i));
            keys.add(LedgerHistory.liveKey(i));
        }
        keys.add(LedgerHistory.rollKey());
        assertThat(keys).hasSize(2_001);
        assertThat(LedgerHistory.isHistory(LedgerHistory.historyKey(1_000_000))).isTrue();
        assertThat(LedgerHistory.isLive(LedgerHistory.historyKey(3))).isFalse();
        assertThat(LedgerHistory.isLive(LedgerHistory.liveKey(10_000))).isTrue();
        assertThat(LedgerHistory.isHistory(LedgerHistory.liveKey(3))).isFalse();
        assertThat(LedgerHistory.isHistory(LedgerHistory.rollKey())).isFalse();
        assertThat(LedgerHistory.isLive(LedgerHistory.rollKey())).isFalse();
        // different orders ship different packages
        assertThat(LedgerHistory.past(1, NOW).trackingNumbers()).isNotEqualTo(LedgerHistory.live(1, NOW)
                .trackingNumbers());
    }
}
