package dev.x3ups.ups.sink.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerPositionTest {
    @Test
    void aLaterOffsetOfThePartitionIsAfter() {
        assertThat(new LedgerPosition(1, 5).isAfter(new LedgerPosition(1, 4))).isTrue();
        assertThat(new LedgerPosition(1, 4).isAfter(new LedgerPosition(1, 4))).isFalse();
        assertThat(new LedgerPosition(1, 3).isAfter(new LedgerPosition(1, 4))).isFalse();
        assertThat(new LedgerPosition(1, 3).isAfter(null)).isTrue();
    }
}
