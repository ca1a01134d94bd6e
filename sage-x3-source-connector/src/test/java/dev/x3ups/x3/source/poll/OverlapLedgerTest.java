package dev.x3ups.x3.source.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OverlapLedgerTest {

    private static final Instant T = Instant.parse("2026-05-01T08:00:00Z");

    @Test
    void knowsKeyAndRevisionTogether() {
        OverlapLedger ledger = new OverlapLedger();
        ledger.remember("SEED:SALES:SO1", T, 7);

        assertThat(ledger.contains("SEED:SALES:SO1", T, 7)).isTrue();
        assertThat(ledger.contains("SEED:SALES:SO1", T.plusSeconds(1), 7)).isFalse();
        assertThat(ledger.contains("SEED:SALES:SO2", T, 7)).isFalse();
    }

    @Test
    void aSecondChangeWithinTheSameSecondIsNews() {
        OverlapLedger ledger = new OverlapLedger();
        ledger.remember("SEED:SALES:SO1", T, 7);

        assertThat(ledger.contains("SEED:SALES:SO1", T, 8)).isFalse();
        ledger.remember("SEED:SALES:SO1", T, 8);
        assertThat(ledger.contains("SEED:SALES:SO1", T, 8)).isTrue();
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void forgetsOnlyRevisionsBeforeTheWindow() {
        OverlapLedger ledger = new OverlapLedger();
        ledger.remember("a", T, 1);
        ledger.remember("b", T.plusSeconds(10), 2);
        ledger.remember("c", T.plusSeconds(10), 3);

        ledger.forgetBefore(T.plusSeconds(10));

        assertThat(ledger.size()).isEqualTo(2);
        assertThat(ledger.contains("a", T, 1)).isFalse();
        assertThat(ledger.contains("b", T.plusSeconds(10), 2)).isTrue();
    }
}
