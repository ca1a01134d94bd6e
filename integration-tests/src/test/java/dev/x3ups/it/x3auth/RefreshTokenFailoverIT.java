package dev.x3ups.it.x3auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.embedded.connect.ConnectWorker;
import dev.x3ups.embedded.connectors.PipelineConfigs;
import dev.x3ups.embedded.connectors.X3Connection;
import dev.x3ups.embedded.kafka.Isolation;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.DedicatedCluster;
import dev.x3ups.it.harness.TestNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An X3 source task on a rotating refresh token survives the loss of its worker with no volume the workers share:
 * the newest token is in the token topic, so the task that Connect restarts on the other worker picks it up and
 * keeps reading new orders — no refresh token spent twice, nothing refused.
 */
@ConnectIT
@DedicatedCluster(workers = 2, forkedWorkers = true, workerConfig = {
        // A crashed worker's tasks move after the session timeout plus the scheduled rebalance delay.
        "session.timeout.ms=6000", "heartbeat.interval.ms=1000", "scheduled.rebalance.max.delay.ms=5000"})
class RefreshTokenFailoverIT {

    @TempDir
    Path folder;

    @Test
    void theSourceTaskMovesToAnotherWorkerAndKeepsReading(ConnectCluster cluster, TestNames names) throws Exception {
        String orders = names.topic("x3.orders");
        cluster.topics().create(orders, 1);
        String source = names.connector("x3-source");
        try (CloudPairing pairing = CloudPairing.start(Duration.ofSeconds(6), 0, folder)) {
            X3Connection x3 = new X3Connection(pairing.x3.baseUrl(), "SEED", pairing.login());
            cluster.rest().createConnector(source, PipelineConfigs.x3Source(x3, orders).tasks(1)
                    .with(pairing.tokenTopic(cluster.bootstrapServers(), names.topic("x3.refresh.tokens")))
                    .with("value.converter.schemas.enable", "false").with("x3.entities", "SALES")
                    .with("poll.interval.ms", "300").build()).orThrow();
            ConnectorAwait.untilRunning(cluster.rest(), source, 1);

            List<String> before = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                before.add(pairing.createSalesOrder(i));
            }
            awaitKeys(cluster, orders, before);
            long rotations = pairing.rotations();
            await("the task rotates the refresh token").atMost(Duration.ofSeconds(30))
                    .until(() -> pairing.rotations() >= rotations + 2);

            String victim = taskWorker(cluster, source);
            List<ConnectWorker> workers = cluster.connect().workers();
            int victimIndex = -1;
            for (int i = 0; i < workers.size(); i++) {
                if (workerId(workers.get(i)).equals(victim)) {
                    victimIndex = i;
                }
            }
            assertThat(victimIndex).as("worker %s among %s", victim, workers).isNotNegative();
            cluster.connect().killWorker(victimIndex);
            await("the task RUNNING on the other worker").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        JsonNode task = cluster.rest().status(source).orThrow().path("tasks").path(0);
                        return "RUNNING".equals(task.path("state").asText())
                                && !victim.equals(task.path("worker_id").asText());
                    });

            long rotationsAtMove = pairing.rotations();
            List<String> after = new ArrayList<>();
            for (int i = 3; i < 8; i++) {
                after.add(pairing.createSalesOrder(i));
            }
            awaitKeys(cluster, orders, after);
            await("the moved task rotates the refresh token").atMost(Duration.ofSeconds(30))
                    .until(() -> pairing.rotations() >= rotationsAtMove + 2);
            awaitKeys(cluster, orders, List.of(pairing.createSalesOrder(8)));

            assertThat(pairing.reuses()).as("refresh tokens spent twice").isZero();
            assertThat(pairing.refusedRequests()).as("requests X3 refused (401)").isZero();
            ConnectorAwait.untilRunning(cluster.rest(), source, 1);
        } finally {
            cluster.rest().deleteConnector(source);
        }
    }

    private static String taskWorker(ConnectCluster cluster, String connector) {
        return cluster.rest().status(connector).orThrow().path("tasks").path(0).path("worker_id").asText();
    }

    private static String workerId(ConnectWorker worker) {
        return worker.restUrl().getHost() + ":" + worker.restUrl().getPort();
    }

    private static void awaitKeys(ConnectCluster cluster, String topic, List<String> keys) {
        await("orders " + keys + " on " + topic).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    Set<String> seen = new HashSet<>();
                    cluster.reader().readAll(topic, Isolation.READ_COMMITTED)
                            .forEach(r -> seen.add(new String(r.key(), StandardCharsets.UTF_8)));
                    return seen.containsAll(keys);
                });
    }
}
