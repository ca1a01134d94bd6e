package dev.x3ups.it.source;

import dev.x3ups.it.harness.BrokerKind;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.DedicatedCluster;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same source scenarios with the broker in a Testcontainers Kafka; skipped where no Docker engine exists. */
@ConnectIT
@Testcontainers(disabledWithoutDocker = true)
@DedicatedCluster(broker = BrokerKind.TESTCONTAINERS)
class X3SourceContainerIT extends X3SourceScenarios {
}
