package dev.x3ups.it.harness;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterSpecTest {

    @DedicatedCluster(workers = 2, exactlyOnceSource = true, forkedWorkers = true,
            workerConfig = {"scheduled.rebalance.max.delay.ms = 1000", "config.providers=secrets"})
    private static final class Annotated {
    }

    @DedicatedCluster(workerConfig = "no-equals-sign")
    private static final class Malformed {
    }

    @Test
    void readsTheAnnotation() {
        ClusterSpec spec = ClusterSpec.of(Annotated.class.getAnnotation(DedicatedCluster.class));

        assertThat(spec.workers()).isEqualTo(2);
        assertThat(spec.exactlyOnceSource()).isTrue();
        assertThat(spec.forkedWorkers()).isTrue();
        assertThat(spec.broker()).isEqualTo(BrokerKind.EMBEDDED);
        assertThat(spec.workerConfig()).containsEntry("scheduled.rebalance.max.delay.ms", "1000")
                .containsEntry("config.providers", "secrets");
    }

    @Test
    void rejectsMalformedWorkerConfigAndEmptyClusters() {
        assertThatThrownBy(() -> ClusterSpec.of(Malformed.class.getAnnotation(DedicatedCluster.class)))
                .hasMessageContaining("no-equals-sign");
        assertThatThrownBy(() -> new ClusterSpec(BrokerKind.EMBEDDED, 0, false, false, java.util.Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharedClusterIsOneInProcessWorkerOnAnEmbeddedBroker() {
        assertThat(ClusterSpec.SHARED).isEqualTo(new ClusterSpec(BrokerKind.EMBEDDED, 1, false, false, java.util.Map.of()));
    }
}
