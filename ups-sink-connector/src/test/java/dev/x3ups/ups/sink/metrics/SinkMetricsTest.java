package dev.x3ups.ups.sink.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SinkMetricsTest {
    @Test
    void countsAndLatencies() {
        SinkMetrics m = new SinkMetrics();
        m.orderStarted();
        m.orderStarted();
        m.orderFinished();
        m.shipLatency(Duration.ofMillis(100).toNanos());
        m.shipLatency(Duration.ofMillis(300).toNanos());
        m.voidedDuplicate();
        m.subscriptionRenewed(3);

        assertThat(m.inFlight()).isEqualTo(1);
        assertThat(m.shipLatencyAvgMillis()).isEqualTo(200.0);
        assertThat(m.shipLatencyMaxMillis()).isEqualTo(300.0);
        assertThat(m.voidedDuplicatesTotal()).isEqualTo(1);
        assertThat(m.subscriptionRenewalsTotal()).isEqualTo(3);
        assertThat(new SinkMetrics().shipLatencyAvgMillis()).isZero();
    }

    @Test
    void ledgerGaugesFollowTheLedgerAndTheLastCatchUp() {
        SinkMetrics m = new SinkMetrics();
        assertThat(m.ledgerEntries()).isZero();
        long[] held = {5};
        m.ledgerEntriesFrom(() -> held[0]);
        held[0] = 3;
        m.ledgerCaughtUp(1200);
        m.ledgerCaughtUp(40);
        m.ordersRetired(2);
        m.ordersRetired(1);

        assertThat(m.ledgerEntries()).isEqualTo(3);
        assertThat(m.ledgerCatchUpMillis()).isEqualTo(40);
        assertThat(m.ordersRetiredTotal()).isEqualTo(3);
    }
}
