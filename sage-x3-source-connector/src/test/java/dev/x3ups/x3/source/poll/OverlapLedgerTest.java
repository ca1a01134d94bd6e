package dev.x3ups.x3.source.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OverlapLedgerTest {

    private static final Instant T = Instant.parse("2026-05-01T08:00:00Z");

    @Test
    void knowsKeyAndRevisionTogether() {
        OverlapLedger ledger = new OverlapLedger();
        ledger.remember("SEED:SALES:SO1", T);

        assertThat(ledger.contains("SEED:SALES:SO1", T)).isTrue();
        assertThat(ledger.contains("SEED:SALES:SO1", T.plusSeconds(1))).isFalse();
        assertThat(ledger.contains("SEED:SALES:SO2", T)).isFalse();
    }

    @Test
    void forgetsOnlyRevisionsBeforeTheWindow() {
        OverlapLedger ledger = new OverlapLedger();
        ledger.remember("a", T);
        ledger.remember("b", T.plusSeconds(10));
        ledger.remember("c", T.plusSeconds(10));

        ledger.forgetBefore(T.plusSeconds(10));

        assertThat(ledger.size()).isEqualTo(2);
        assertThat(ledger.contains("a", T)).isFalse();
        assertThat(ledger.contains("b", T.plusSeconds(10))).isTrue();
    }
}
