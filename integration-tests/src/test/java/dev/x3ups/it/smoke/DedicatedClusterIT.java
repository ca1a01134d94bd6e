package dev.x3ups.it.smoke;

import dev.x3ups.embedded.connect.ConnectWorker;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.DedicatedCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A class asking for its own two-worker, exactly-once cluster gets it, separate from the shared one. */
@ConnectIT
@DedicatedCluster(workers = 2, exactlyOnceSource = true,
        workerConfig = {"scheduled.rebalance.max.delay.ms=1000", "session.timeout.ms=3000", "heartbeat.interval.ms=500"})
class DedicatedClusterIT {

    private static ConnectCluster cluster;

    @BeforeAll
    static void cluster(ConnectCluster dedicated) {
        cluster = dedicated;
    }

    @Test
    void hasTwoHealthyWorkersWithTheRequestedSettings(ConnectCluster injected) {
        assertThat(injected).isSameAs(cluster);
        assertThat(cluster.connect().workers().subList(0, 2))
                .allSatisfy(worker -> {
                    assertThat(worker.rest().health().status()).isEqualTo(200);
                    assertThat(worker.properties()).containsEntry("exactly.once.source.support", "enabled")
                            .containsEntry("scheduled.rebalance.max.delay.ms", "1000");
                });
    }

    @Test
    void aForkedWorkerOnTheTestClasspathJoinsAndCanBeKilled() {
        ConnectWorker forked = cluster.connect().addForkedWorker();
        int index = cluster.connect().workers().indexOf(forked);
        try {
            assertThat(forked.rest().health().status()).isEqualTo(200);
            assertThat(forked.properties()).isEqualTo(cluster.connect().worker(0).properties());
        } finally {
            cluster.connect().killWorker(index);
        }

        assertThat(forked.isRunning()).isFalse();
        assertThatThrownBy(() -> forked.rest().health()).isInstanceOf(UncheckedIOException.class);
        assertThat(cluster.rest().connectors().status()).isEqualTo(200);
    }
}
