package dev.x3ups.it.smoke;

import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/** A test that stops the shared worker does not leave the tests after it without one. */
@ConnectIT
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedClusterRecoveryIT {

    @Test
    @Order(1)
    void stopsEveryWorkerOfTheSharedCluster(ConnectCluster cluster) {
        cluster.connect().runningWorkers().forEach(worker -> worker.stop());

        assertThat(cluster.connect().runningWorkers()).isEmpty();
    }

    @Test
    @Order(2)
    void theNextTestGetsARunningWorkerInTheSameGroup(ConnectCluster cluster) {
        assertThat(cluster.connect().runningWorkers()).hasSize(1);
        assertThat(cluster.rest().health().status()).isEqualTo(200);
        assertThat(cluster.topics().names()).contains(cluster.connect().groupId() + "-configs");
    }
}
