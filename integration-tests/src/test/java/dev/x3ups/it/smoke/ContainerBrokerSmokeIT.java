package dev.x3ups.it.smoke;

import dev.x3ups.embedded.kafka.Isolation;
import dev.x3ups.it.harness.BrokerKind;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.DedicatedCluster;
import dev.x3ups.it.harness.TestNames;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same harness with the broker in a container and the worker in this JVM. Skipped where no
 * Docker engine exists (Testcontainers logs one ERROR block explaining why, then skips).
 */
@ConnectIT
@Testcontainers(disabledWithoutDocker = true)
@DedicatedCluster(broker = BrokerKind.TESTCONTAINERS)
class ContainerBrokerSmokeIT {

    @Test
    void workerOnContainerBrokerIsHealthyAndTopicsRoundTrip(ConnectCluster cluster, TestNames names) {
        String topic = names.topic("container-smoke");
        cluster.topics().create(topic, 1);
        cluster.writer().produce(topic, "PO-1", "{}");

        assertThat(cluster.rest().health().status()).isEqualTo(200);
        assertThat(cluster.reader().readAll(topic, Isolation.READ_COMMITTED)).hasSize(1);
    }
}
